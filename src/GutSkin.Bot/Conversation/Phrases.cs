using System.Text.RegularExpressions;

namespace GutSkin.Bot.Conversation;

/// <summary>Recognises the fixed phrases the bot understands besides questions. Whole-message matches only,
/// so that "how do I stop itching?" is a question, not "stop".</summary>
internal static partial class Phrases
{
    public const string TellMeMore = "Tell me more";
    public const string Helpful = "👍 Helpful";
    public const string NotHelpful = "👎 Not helpful";
    public const string NoneOfThese = "None of these";
    public const string NoThanks = "No thanks";
    public const string StartTrial = "Sign me up for the free trial";
    public const string SendGuide = "Send me the free guide";
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Skip = "Skip";
    public const string Cancel = "Cancel";

    /// <summary>The topics offered on the welcome and whenever the user seems lost.</summary>
    public static readonly IReadOnlyList<string> Topics = ["Eczema", "Psoriasis", "Probiotics", "Diet"];

    private static readonly HashSet<string> CancelWords = Set("cancel", "stop", "quit", "exit", "cancel signup", "cancel the signup", "stop signup", "stop it", "never mind", "nevermind");
    private static readonly HashSet<string> HelpWords = Set("help", "what can you do", "what do you do", "how does this work", "menu", "options", "what can i ask", "what can i ask you", "topics", "what topics", "which topics");
    private static readonly HashSet<string> StartOverWords = Set("start over", "restart", "start again", "reset", "begin again");
    private static readonly HashSet<string> DeleteWords = Set("delete my data", "delete my details", "delete my information", "forget me", "remove my data", "erase my data", "delete everything about me");
    private static readonly HashSet<string> DeclineWords = Set("no thanks", "no thank you", "not interested", "no", "nope", "not now", "maybe later", "no thanks i'm good", "i'm not interested");
    private static readonly HashSet<string> MoreWords = Set("tell me more", "more", "more please", "go on", "read more", "show me more", "the whole section");
    private static readonly HashSet<string> HelpfulWords = Set("👍 helpful", "👍", "helpful", "that was helpful", "yes it was helpful", "thumbs up", "useful");
    private static readonly HashSet<string> NotHelpfulWords = Set("👎 not helpful", "👎", "not helpful", "that wasn't helpful", "that was not helpful", "thumbs down", "not useful");
    private static readonly HashSet<string> NoneWords = Set("none of these", "none", "none of them", "neither");
    private static readonly HashSet<string> YesWords = Set("yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "confirm", "that's right", "thats right", "yes please", "i agree", "agree", "yes send it", "yes, send it", "send it", "go ahead", "of course", "absolutely", "definitely");
    private static readonly HashSet<string> NoWords = Set("no", "n", "nope", "nah", "no thanks", "no thank you", "don't", "do not", "not now", "i don't agree", "no, thanks");
    private static readonly HashSet<string> SkipWords = Set("skip", "no", "none", "no thanks", "no thank you", "n/a", "na", "rather not", "i'd rather not", "no phone", "nope", "pass");

    public static bool IsCancel(string text) => CancelWords.Contains(Normalize(text));

    public static bool IsHelp(string text) => HelpWords.Contains(Normalize(text));

    public static bool IsStartOver(string text) => StartOverWords.Contains(Normalize(text));

    public static bool IsDeleteMyData(string text) => DeleteWords.Contains(Normalize(text));

    public static bool IsDecline(string text) => DeclineWords.Contains(Normalize(text));

    public static bool IsTellMeMore(string text) => MoreWords.Contains(Normalize(text));

    public static bool IsNoneOfThese(string text) => NoneWords.Contains(Normalize(text));

    public static bool IsSkip(string text) => SkipWords.Contains(Normalize(text));

    /// <summary>True for thumbs up, false for thumbs down, null when the text is neither.</summary>
    public static bool? Feedback(string text)
    {
        var normalized = Normalize(text);
        return HelpfulWords.Contains(normalized) ? true : NotHelpfulWords.Contains(normalized) ? false : null;
    }

    /// <summary>True for yes, false for no, null when the text is neither.</summary>
    public static bool? YesOrNo(string text)
    {
        var normalized = Normalize(text);
        if (YesWords.Contains(normalized) || normalized.StartsWith("yes ", StringComparison.Ordinal))
        {
            return true;
        }

        return NoWords.Contains(normalized) || normalized.StartsWith("no ", StringComparison.Ordinal) ? false : null;
    }

    /// <summary>True when the text reads as a question rather than an answer to the bot's own question.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('?') || QuestionStart().IsMatch(trimmed);
    }

    /// <summary>True for a question about what the product does for a condition ("does Life Greens cure eczema?").</summary>
    public static bool AsksAboutProductEffects(string text) => LooksLikeQuestion(text) && ProductName().IsMatch(text) && EffectWords().IsMatch(text);

    /// <summary>Lower case, single spaces, no surrounding punctuation.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(text.Trim().ToLowerInvariant(), " ").Trim(' ', '.', '!', '?', ',', ';', ':', '"', '\'').Replace('’', '\'');

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(life ?greens|green juice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProductName();

    [GeneratedRegex(@"\b(cure|cures|treat|treats|heal|heals|help|helps|fix|fixes|clear|clears|work|works|good for|get rid of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectWords();

    [GeneratedRegex(@"^(what|what's|whats|why|how|when|where|which|who|can|could|does|do|is|are|should|will|would|may|might|tell me about|explain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();
}
