using System.Diagnostics.Metrics;
using GutSkin.Data;

namespace GutSkin.Bot.Telemetry;

/// <summary>The bot's own metrics, beside ASP.NET Core's: what each turn was, per channel. Like the analytics row it
/// comes from, nothing in it is personal data. Static, as the .NET guidance allows for a meter with no per-host state:
/// nothing is recorded unless a metrics exporter is switched on.</summary>
internal static class BotMetrics
{
    /// <summary>The meter's name, for <c>AddMeter</c>.</summary>
    public const string MeterName = "GutSkin.Bot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "gutskin.turns", unit: "{turn}", description: "Messages handled, by kind of result (Answer, NoAnswer, Urgent, Clinician, ...) and channel.");

    private static readonly Histogram<double> Confidence = Meter.CreateHistogram<double>(
        "gutskin.answer.confidence", unit: "1", description: "Confidence of the answers given, from 0 to 1.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0] });

    /// <summary>Counts one turn, and the confidence of an answer.</summary>
    public static void Record(TurnEvent turn)
    {
        Turns.Add(1, new KeyValuePair<string, object?>("kind", turn.Kind), new KeyValuePair<string, object?>("channel", turn.Channel));
        if (turn.Kind == "Answer" && turn.Confidence is { } confidence)
        {
            Confidence.Record(confidence, new KeyValuePair<string, object?>("channel", turn.Channel));
        }
    }
}
