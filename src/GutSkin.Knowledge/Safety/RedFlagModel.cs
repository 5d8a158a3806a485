using System.Text.Json;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The semantic layer's decision: a logistic model over <see cref="RedFlagFeatures"/> of one piece of a message, and the
/// probability from which a piece is a red flag. Fitted by <c>gutskin calibrate --safety</c> on the training splits, the
/// threshold chosen on the development splits for recall first; shipped as <c>red-flag-model.json</c> inside the library.
/// </summary>
/// <param name="Piece">P(this piece is a red flag).</param>
/// <param name="Threshold">A message is urgent when one of its pieces reaches this probability.</param>
/// <param name="Note">Where the weights came from: data, date and figures.</param>
public sealed record RedFlagModel(LogisticModel Piece, double Threshold, string Note)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly Lazy<RedFlagModel> Shipped = new(() =>
    {
        using var stream = typeof(RedFlagModel).Assembly.GetManifestResourceStream("GutSkin.Knowledge.Safety.red-flag-model.json")
            ?? throw new InvalidOperationException("red-flag-model.json is not embedded in GutSkin.Knowledge.");
        return Parse(stream);
    });

    /// <summary>The model fitted for the safety screen, embedded in the library.</summary>
    public static RedFlagModel Default => Shipped.Value;

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    public static RedFlagModel Parse(Stream json) =>
        JsonSerializer.Deserialize<RedFlagModel>(json, Json) ?? throw new InvalidDataException("An empty red-flag model.");

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
