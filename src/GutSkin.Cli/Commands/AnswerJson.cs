using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using GutSkin.Knowledge.Search;

namespace GutSkin.Cli.Commands;

/// <summary>The JSON contract of <c>ask --json</c>: other tools depend on these exact field names.</summary>
internal sealed partial record AnswerJson(
    string Question,
    bool Answered,
    bool Urgent,
    string? Offer,
    string? Reason,
    string? SectionId,
    string? SectionTitle,
    string? Passage,
    double Confidence,
    IReadOnlyList<AlternativeJson> Alternatives,
    string Kind,
    string? UrgentCategory)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The JSON object for <paramref name="answer"/>, on one line.</summary>
    public static string Serialize(Answer answer) => JsonSerializer.Serialize(From(answer), Options);

    private static AnswerJson From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Urgent,
        answer.Offer?.ToString().ToLowerInvariant(),
        answer.Reason,
        answer.Section?.Id,
        answer.Section?.Title,
        answer.Passage,
        Math.Round(answer.Confidence, 3),
        [.. answer.Alternatives.Select(a => new AlternativeJson(a.SectionId, a.SectionTitle, Math.Round(a.Confidence, 3)))],
        KebabCase().Replace(answer.Kind.ToString(), "$1-$2").ToLowerInvariant(),
        answer.UrgentCategory);

    // NoAnswer → no-answer, TrialFacts → trial-facts.
    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabCase();
}
