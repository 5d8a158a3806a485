using System.Globalization;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// The token ids the SentenceTransformers packages feed their models, computed without their per-word strings and LINQ:
/// the same words (split at spaces, CR LF and each punctuation character, lower-cased in the current culture), the same
/// greedy longest-prefix word pieces with the same quirks (a word over 50 characters is dropped, a piece search that
/// fails gives one <c>[UNK]</c>), <c>[CLS]</c> first, <c>[SEP]</c> last, cut at 512 tokens. A test compares every id with
/// the package's tokenizer on the evaluation texts, so the vectors stay the ones the caches and the calibrations hold.
/// </summary>
internal sealed class WordPieceTokenizer
{
    /// <summary>The most tokens a text becomes, <c>[CLS]</c> and <c>[SEP]</c> included (the package's limit).</summary>
    public const int MaxTokens = 512;

    // The package reads at most this many words, then drops a longer word whole.
    private const int MaxWords = MaxTokens;
    private const int MaxWordLength = 50;
    private const string Delimiters = ".,;:\\/?!#$%()=+-*\"'–_`<>&^@{}[]|~";

    private readonly Dictionary<string, int> vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int unknown;
    private readonly int classification;
    private readonly int separation;

    /// <summary>Reads a vocabulary file: one token a line, ids counted over the non-blank lines as the package does.</summary>
    public WordPieceTokenizer(Stream vocabularyFile)
    {
        vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(vocabularyFile);
        var id = 0;
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                vocabulary[line] = id++;
            }
        }

        // A key holds one character per token id (see Key).
        if (id > char.MaxValue + 1)
        {
            throw new InvalidDataException($"A vocabulary of {id} tokens does not fit one character per token id.");
        }

        lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        unknown = vocabulary["[UNK]"];
        classification = vocabulary["[CLS]"];
        separation = vocabulary["[SEP]"];
    }

    /// <summary>
    /// The token ids of <paramref name="text"/> as a string, one character per id: two texts with the same key are the same
    /// model input, and so the same vector, whatever their letter case, spacing or dropped over-long words.
    /// </summary>
    public string Key(string text)
    {
        Span<long> ids = stackalloc long[MaxTokens];
        var count = Encode(text, ids);
        Span<char> key = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            key[i] = (char)ids[i];
        }

        return new string(key);
    }

    /// <summary>Writes the token ids of <paramref name="text"/> into <paramref name="ids"/> (room for <see cref="MaxTokens"/>) and returns how many.</summary>
    public int Encode(string text, Span<long> ids)
    {
        var count = 0;
        ids[count++] = classification;
        Span<char> lowered = stackalloc char[MaxWordLength];
        Span<char> piece = stackalloc char[MaxWordLength + 2];
        var words = 0;
        var start = 0;
        for (var i = 0; i <= text.Length && words < MaxWords && count < MaxTokens; i++)
        {
            var end = i == text.Length;
            var crlf = !end && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            var delimiter = !end && Delimiters.Contains(text[i]);
            if (!end && !crlf && !delimiter && text[i] != ' ')
            {
                continue;
            }

            if (i > start)
            {
                words++;
                count = AddWord(text.AsSpan(start, i - start), ids, count, lowered, piece);
            }

            if (delimiter && words < MaxWords && count < MaxTokens)
            {
                words++;
                count = AddWord(text.AsSpan(i, 1), ids, count, lowered, piece);
            }

            i += crlf ? 1 : 0;
            start = i + 1;
        }

        if (count < MaxTokens)
        {
            ids[count++] = separation;
        }

        return count;
    }

    private int AddWord(ReadOnlySpan<char> word, Span<long> ids, int count, Span<char> lowered, Span<char> piece)
    {
        if (word.Length > MaxWordLength)
        {
            return count;
        }

        var lower = lowered[..word.Length];
        word.ToLower(lower, CultureInfo.CurrentCulture);
        if (lookup.TryGetValue(lower, out var whole))
        {
            ids[count++] = whole;
            return count;
        }

        return AddPieces(lower, ids, count, piece);
    }

    // The package's search, step for step: the rest of the word is "##" + what is left, searched while it is longer than
    // two characters; its longest known prefix (at least one character, or two after "##") is the next piece.
    private int AddPieces(ReadOnlySpan<char> word, Span<long> ids, int count, Span<char> piece)
    {
        var added = 0;
        var rest = word;
        var continued = false;
        while (true)
        {
            var length = rest.Length + (continued ? 2 : 0);
            if (length <= 2)
            {
                break;
            }

            var text = piece[..length];
            if (continued)
            {
                text[0] = '#';
                text[1] = '#';
            }

            rest.CopyTo(text[(continued ? 2 : 0)..]);
            var found = -1;
            var size = length;
            var shortest = continued ? 2 : 1;
            for (; size >= shortest; size--)
            {
                if (lookup.TryGetValue(text[..size], out found))
                {
                    break;
                }
            }

            // No prefix, or only "##" itself (the package replaces it by "##", sees no change and gives up): one [UNK] ends the word.
            if (size < shortest || (continued && size == 2))
            {
                return Add(ids, count, unknown);
            }

            count = Add(ids, count, found);
            added++;
            var consumed = continued ? size - 2 : size;
            rest = rest[consumed..];
            continued = true;
            if (count >= MaxTokens)
            {
                return count;
            }
        }

        return added == 0 && !word.IsWhiteSpace() ? Add(ids, count, unknown) : count;
    }

    private static int Add(Span<long> ids, int count, int id)
    {
        if (count < MaxTokens)
        {
            ids[count++] = id;
        }

        return count;
    }
}
