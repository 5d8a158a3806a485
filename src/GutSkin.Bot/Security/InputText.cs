namespace GutSkin.Bot.Security;

/// <summary>Cleans what a user typed before the flows see it.</summary>
internal static class InputText
{
    /// <summary>The text without control characters (NUL, escape, bell...), keeping tabs and line breaks.
    /// Format characters such as the zero-width joiner stay: emoji and right-to-left text need them.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Any(IsStripped))
        {
            return text;
        }

        return string.Create(text.Count(c => !IsStripped(c)), text, static (span, source) =>
        {
            var index = 0;
            foreach (var c in source)
            {
                if (!IsStripped(c))
                {
                    span[index++] = c;
                }
            }
        });
    }

    private static bool IsStripped(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
