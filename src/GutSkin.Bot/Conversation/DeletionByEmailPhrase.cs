using System.Text.RegularExpressions;
using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Conversation;

/// <summary>"Delete my data for jane@example.com", "please delete my details, my email is jane@example.com": a request
/// to delete what is stored under an address, which only a link sent to that address can confirm.</summary>
internal static partial class DeletionByEmailPhrase
{
    /// <summary>The address, when <paramref name="text"/> is "delete my data" with an e-mail address; otherwise null.</summary>
    public static string? Find(string text)
    {
        var email = EmailRecognizer.Find(text);
        if (email is null)
        {
            return null;
        }

        var rest = Phrases.Normalize(text.Replace(email, " ", StringComparison.OrdinalIgnoreCase));
        string shorter;
        while ((shorter = Phrases.Normalize(Filler().Replace(rest, string.Empty))) != rest)
        {
            rest = shorter;
        }

        return Phrases.IsDeleteMyData(rest) ? email : null;
    }

    // Words around the address ("for", "my email is") and a leading "please": what is left must be "delete my data".
    [GeneratedRegex(@"(^please\s+|^[\s,:;-]+|\s+(for|of|under|with|from|at|to|my|the|email|e-mail|address|is|it's|its|please)$|[\s,:;-]+$)", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
