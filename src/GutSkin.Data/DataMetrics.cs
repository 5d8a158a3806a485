using System.Diagnostics.Metrics;

namespace GutSkin.Data;

/// <summary>The storage's own metrics. Static, as the .NET guidance allows for a meter with no per-host state: nothing is
/// recorded unless a metrics exporter listens to <see cref="MeterName"/>.</summary>
public static class DataMetrics
{
    /// <summary>The meter's name, for <c>AddMeter</c>.</summary>
    public const string MeterName = "GutSkin.Data";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> DroppedTurnEvents = Meter.CreateCounter<long>(
        "gutskin.turn_events.dropped",
        unit: "{row}",
        description: "Turn analytics rows never stored, by reason: queue_full (the database fell behind) or write_failed (a batch was refused twice).");

    /// <summary>Counts turn analytics rows that were dropped.</summary>
    /// <param name="count">How many rows.</param>
    /// <param name="reason"><c>queue_full</c> or <c>write_failed</c>.</param>
    internal static void TurnEventsDropped(long count, string reason) =>
        DroppedTurnEvents.Add(count, new KeyValuePair<string, object?>("reason", reason));
}
