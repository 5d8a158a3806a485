using System.Text;
using GutSkin.Data;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Traffic;

namespace GutSkin.Cli.Commands;

/// <summary><c>suggest</c>: proposes lines for the sections' <c>questions:</c> from the last <see cref="Days"/> days of
/// visitor traffic; <c>suggest --apply ID</c> writes the one a person chose, validated, and reverted if it breaks the folder.</summary>
internal static class SuggestCommand
{
    /// <summary>How many days of traffic are read.</summary>
    public const int Days = 90;

    /// <summary>The suggestions for <paramref name="directory"/> from the traffic in <paramref name="store"/>.</summary>
    public static async Task<IReadOnlyList<KnowledgeSuggestion>> ProposeAsync(
        IDashboardStore store, string directory, SemanticModel model, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now.AddDays(-Days);
        var traffic = new VisitorTraffic(
            [.. (await store.UnansweredAsync(from, now, cancellationToken)).Select(u => new CountedQuestion(u.Question, u.Count))],
            [.. (await store.ChosenAlternativesAsync(from, now, cancellationToken)).Select(c => new SectionQuestion(c.Question, c.SectionId, c.Count))],
            [.. (await store.NotHelpfulAsync(from, now, cancellationToken)).Select(c => new SectionQuestion(c.Question, c.SectionId, c.Count))]);
        return KnowledgeSuggestions.Propose(KnowledgeLoader.Load(directory).Sections, traffic, SentenceEmbedder.For(model), directory);
    }

    /// <summary>Prints every suggestion with its id, file and the line number it would take there, section, the line
    /// it adds and why. Exit 0.</summary>
    public static async Task<int> ListAsync(IReadOnlyList<KnowledgeSuggestion> suggestions, string directory, TextWriter output)
    {
        var text = new StringBuilder();
        if (suggestions.Count == 0)
        {
            text.AppendLine($"No suggestions from the last {Days} days of traffic.");
        }

        foreach (var s in suggestions)
        {
            text.AppendLine($"{s.Id}  {s.File}{LineIn(directory, s.File)}  (section {s.SectionId}: {s.SectionTitle})")
                .AppendLine($"    add under questions:  {SuggestionEditor.Scalar(s.Question)}")
                .AppendLine($"    why ({s.Count}): {string.Join("; ", s.Reasons)}")
                .AppendLine($"    asked as: {string.Join(" | ", s.Examples.Select(e => $"\"{e}\""))}");
        }

        if (suggestions.Count > 0)
        {
            text.AppendLine().AppendLine("Nothing has been changed. To add one: suggest --apply ID (it validates the folder and puts the file back if the edit breaks it).");
        }

        await output.WriteAsync(text.ToString());
        return 0;
    }

    // ":12" when the file has a questions: list, so that an editor can open the file at the place the line would go.
    private static string LineIn(string directory, string file) =>
        SuggestionEditor.NextQuestionLine(File.ReadAllText(Path.Combine(directory, file))) is { } line
            ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;

    /// <summary>Applies the suggestion <paramref name="id"/>. Exit 0 when applied, 1 when not (with the reason).</summary>
    public static async Task<int> ApplyAsync(IReadOnlyList<KnowledgeSuggestion> suggestions, string id, string directory, TextWriter output, TextWriter error)
    {
        if (suggestions.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
        {
            await error.WriteLineAsync($"There is no suggestion {id} now: it was applied already, or the traffic or the files changed since it was listed. Nothing was changed. Run suggest to see the current ones.");
            return 1;
        }

        var outcome = SuggestionEditor.Apply(directory, chosen);
        await (outcome.Applied ? output : error).WriteLineAsync(outcome.Message);
        return outcome.Applied ? 0 : 1;
    }
}
