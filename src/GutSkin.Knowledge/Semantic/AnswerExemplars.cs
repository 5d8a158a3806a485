using System.Reflection;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// Labelled visitor questions that retrieval compares a new question with, as the safety screen has its red-flag
/// exemplars: the answerable ones with the sections that answer them, the unanswerable ones (near-topic questions the
/// knowledge does not cover) labelled <see cref="None"/>. They are the training split's questions
/// (<c>AnswerExemplars.tsv</c>, embedded in the library), never the development or test ones.
/// </summary>
internal sealed class AnswerExemplars
{
    /// <summary>The label of an exemplar the knowledge does not answer.</summary>
    public const string None = "none";

    private static readonly Lazy<AnswerExemplars> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GutSkin.Knowledge.AnswerExemplars.tsv")
            ?? throw new InvalidOperationException("AnswerExemplars.tsv is not embedded in GutSkin.Knowledge.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private AnswerExemplars(IReadOnlyList<string> questions, IReadOnlyList<string[]> labels)
    {
        Questions = questions;
        Labels = labels;
    }

    /// <summary>The exemplars shipped with the library.</summary>
    public static AnswerExemplars Shipped => Embedded.Value;

    /// <summary>Each exemplar's question.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>Each exemplar's section ids, or <see cref="None"/> alone.</summary>
    public IReadOnlyList<string[]> Labels { get; }

    /// <summary>Reads <c>question TAB label</c> lines after a header; labels joined with <c>|</c>.</summary>
    public static AnswerExemplars Parse(string tsv)
    {
        var rows = tsv.Split('\n')
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(columns => columns.Length >= 2 && columns[0].Trim().Length > 0)
            .ToList();
        return new AnswerExemplars(
            [.. rows.Select(r => r[0].Trim())],
            [.. rows.Select(r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]);
    }
}
