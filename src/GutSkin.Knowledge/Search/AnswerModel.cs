using System.Text.Json;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The fitted part of retrieval: how lexical and semantic evidence combine into a section's score, and whether the best
/// section answers the question at all. Fitted by <c>gutskin calibrate</c> on the training questions, its threshold
/// chosen on the development questions (see the README); shipped as <c>answer-model.json</c> inside the library.
/// </summary>
/// <param name="Section">P(section answers the question) from <see cref="CandidateFeatures"/>.</param>
/// <param name="Answerability">P(the best section's answer is right) from <see cref="AnswerabilityFeatures"/>.</param>
/// <param name="Threshold">Below this answerability the reply is "not in our articles".</param>
/// <param name="Note">Where the weights came from: data, date and figures.</param>
public sealed record AnswerModel(LogisticModel Section, LogisticModel Answerability, double Threshold, string Note)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly Lazy<AnswerModel> Shipped = new(() =>
    {
        using var stream = typeof(AnswerModel).Assembly.GetManifestResourceStream("GutSkin.Knowledge.answer-model.json")
            ?? throw new InvalidOperationException("answer-model.json is not embedded in GutSkin.Knowledge.");
        return Parse(stream);
    });

    /// <summary>
    /// Per "not covered" exemplar, its analysed words that no section had when <c>calibrate</c> read its label ("kombucha"
    /// in "is kombucha good for you"); null for a model fitted before these were recorded, whose exemplars are read against
    /// whatever knowledge is loaded. An exemplar stops counting once the live knowledge has one of its words.
    /// </summary>
    public IReadOnlyDictionary<string, string[]>? OutsideWords { get; init; }

    /// <summary>The model fitted for the knowledge engine, embedded in the library.</summary>
    public static AnswerModel Default => Shipped.Value;

    /// <summary>
    /// This model, when it reads exactly the features the engine gives with an embedding model of <paramref name="dimensions"/>;
    /// a model fitted for other features (before the question-passage products were features, or for another embedding
    /// model) would silently read the wrong numbers, so it is refused at load with what to do.
    /// </summary>
    public AnswerModel For(int dimensions)
    {
        var answerability = AnswerabilityFeatures.Described + dimensions;
        return Section.Weights.Length == CandidateFeatures.Count && Answerability.Weights.Length == answerability
            ? this
            : throw new InvalidDataException(
                $"The answer model reads {Section.Weights.Length} section features and {Answerability.Weights.Length} answerability features; this " +
                $"engine gives {CandidateFeatures.Count} and {answerability} ({AnswerabilityFeatures.Described} described and {dimensions} " +
                "question-passage products). Refit it with `calibrate TRAIN DEV OUT.json` for this engine and embedding model.");
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    public static AnswerModel Parse(Stream json) =>
        JsonSerializer.Deserialize<AnswerModel>(json, Json) ?? throw new InvalidDataException("An empty answer model.");

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
