using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace GutSkin.Bot.Recognition;

/// <summary>Finds a phone number inside a sentence ("call me on 07700 900123").</summary>
internal static class PhoneRecognizer
{
    /// <summary>The first phone number in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var results = SequenceRecognizer.RecognizePhoneNumber(text, Culture.English);
        var value = results.Count > 0 && results[0].Resolution.TryGetValue("value", out var v) ? v?.ToString() : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
