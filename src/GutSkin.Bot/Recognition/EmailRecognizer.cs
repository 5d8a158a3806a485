using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace GutSkin.Bot.Recognition;

/// <summary>Finds an email address inside a sentence ("sure, it's jane@example.com").</summary>
internal static class EmailRecognizer
{
    /// <summary>The first email address in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var results = SequenceRecognizer.RecognizeEmail(text, Culture.English);
        var value = results.Count > 0 && results[0].Resolution.TryGetValue("value", out var v) ? v?.ToString() : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('.');
    }
}
