using System.Text;
using System.Text.RegularExpressions;

namespace GutSkin.Data.Unanswered;

/// <summary>The grouping key for unanswered questions, shared by every storage provider.</summary>
internal static partial class QuestionText
{
    // Only marks that end a sentence: stripping closing quotes or brackets would leave their openers unbalanced.
    private const string SentenceEndings = ".,;:!?…。？！؟";

    /// <summary>Lower-cases, trims, collapses whitespace to single spaces and drops trailing punctuation.</summary>
    /// <param name="question">The question as asked.</param>
    /// <returns>The normalised question.</returns>
    public static string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Whitespace().Replace(question.Normalize(NormalizationForm.FormC), " ").Trim().ToLowerInvariant();
        var end = text.Length;
        while (end > 0 && (SentenceEndings.Contains(text[end - 1], StringComparison.Ordinal) || text[end - 1] == ' '))
        {
            end--;
        }

        return text[..end];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
