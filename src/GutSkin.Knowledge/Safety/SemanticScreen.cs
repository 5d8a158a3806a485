using System.Reflection;
using System.Text.RegularExpressions;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The second safety layer: the message and each of its clauses are compared, with the local sentence-embedding model,
/// with exemplar messages per red-flag category and with harmless near-misses (<c>RedFlagExemplars.tsv</c>); a fitted
/// model (<see cref="RedFlagModel"/>) reads the similarities with how the piece reads (dated, settled, someone else's,
/// a general question, denied) and the piece's embedding itself, and decides. A long message is cut at clause boundaries too, because the red flag is
/// often one clause among many ("... anyway my lips look a bit blue, also is kefir a probiotic").
/// </summary>
internal sealed partial class SemanticScreen
{
    // The whole message and up to seven clauses (neighbours merged beyond that): a few milliseconds each, cached per text.
    private const int MaxPieces = 8;
    private const int MinWords = 3;
    private const int MinClauseWords = 4;
    private const int TopCount = 3;
    private const string Harmless = "none";

    private static readonly Lazy<SemanticScreen> Shared = new(() => Load(SentenceEmbedder.For(SemanticModel.MiniLM)));

    private readonly SentenceEmbedder embedder;
    private readonly (string Category, float[] Vector)[] exemplars;

    private SemanticScreen(SentenceEmbedder embedder, (string Category, float[] Vector)[] exemplars)
    {
        this.embedder = embedder;
        this.exemplars = exemplars;
    }

    /// <summary>The category of the message's most likely red-flag piece when the shipped model flags it, or null.</summary>
    public static string? Category(string message) => Category(message, RedFlagModel.Default);

    /// <summary>The category of the message's most likely red-flag piece when <paramref name="model"/> flags it, or null.</summary>
    public static string? Category(string message, RedFlagModel model)
    {
        var (category, probability) = Best(Read(message), model);
        return probability >= model.Threshold ? category : null;
    }

    /// <summary>Each compared piece of <paramref name="message"/>: its closest red-flag category and its features.</summary>
    public static IReadOnlyList<(string Category, double[] Features)> Read(string message) => Shared.Value.Features(message);

    /// <summary>The piece <paramref name="model"/> finds most likely a red flag: its category and probability (0 when none).</summary>
    public static (string? Category, double Probability) Best(IReadOnlyList<(string Category, double[] Features)> pieces, RedFlagModel model)
    {
        (string? Category, double Probability) best = (null, 0);
        foreach (var (category, features) in pieces)
        {
            var probability = model.Piece.Probability(features);
            if (probability > best.Probability)
            {
                best = (category, probability);
            }
        }

        return best;
    }

    /// <summary>The pieces of a message that are compared: the whole, and its clauses when it has several.</summary>
    internal static List<string> Pieces(string message)
    {
        var whole = message.Trim();
        if (EmailAddress().IsMatch(whole) || NameAlone().IsMatch(whole))
        {
            // An email address or a name alone (a signup's answers) cannot describe an emergency in words, and each is new,
            // so its model run was never cached: one run per signup. A name can still read like a feeling to the model
            // ("My name is Mallory Impostor": 0.72 with the shipped model, 0.84 after a refit). The phrase rules still read
            // both (SafetyScreen).
            return [];
        }

        var pieces = SafetyText.WordCount(whole) >= MinWords ? new List<string> { whole } : [];
        var clauses = Clauses(whole);
        while (clauses.Count > MaxPieces - 1)
        {
            // Merge the shortest neighbouring pair, so every part of the message is still compared.
            var pair = Enumerable.Range(0, clauses.Count - 1).MinBy(i => SafetyText.WordCount(clauses[i]) + SafetyText.WordCount(clauses[i + 1]));
            clauses[pair] = $"{clauses[pair]} {clauses[pair + 1]}";
            clauses.RemoveAt(pair + 1);
        }

        if (clauses.Count > 1)
        {
            pieces.AddRange(clauses.Where(c => SafetyText.WordCount(c) >= MinWords));
        }

        return pieces;
    }

    // Sentences cut after commas and before "but", "so", "anyway", "also"...; a clause of fewer than four words joins its neighbour.
    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        foreach (var sentence in SafetyText.Sentences(text))
        {
            foreach (var part in ClauseBreaks().Split(sentence).Select(p => p.Trim()).Where(p => p.Any(char.IsLetter)))
            {
                if (clauses.Count > 0 && SafetyText.WordCount(clauses[^1]) < MinClauseWords)
                {
                    clauses[^1] = $"{clauses[^1]} {part}";
                }
                else
                {
                    clauses.Add(part);
                }
            }
        }

        if (clauses.Count > 1 && SafetyText.WordCount(clauses[^1]) < MinClauseWords)
        {
            clauses[^2] = $"{clauses[^2]} {clauses[^1]}";
            clauses.RemoveAt(clauses.Count - 1);
        }

        return clauses;
    }

    private static SemanticScreen Load(SentenceEmbedder embedder)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GutSkin.Knowledge.Safety.RedFlagExemplars.tsv")
            ?? throw new InvalidOperationException("The red-flag exemplars are not embedded in the Knowledge assembly.");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(columns => columns.Length == 2 && columns[1].Trim().Length > 0)
            .Select(columns => (Category: columns[0].Trim(), Message: columns[1].Trim()))
            .ToList();
        var vectors = embedder.Embed([.. rows.Select(r => r.Message)]);
        return new SemanticScreen(embedder, [.. rows.Select((r, i) => (r.Category, vectors[i]))]);
    }

    private List<(string Category, double[] Features)> Features(string message)
    {
        var pieces = Pieces(message);
        var read = new List<(string Category, double[] Features)>(pieces.Count);
        var perCategory = new Dictionary<string, List<float>>(StringComparer.Ordinal);
        var whole = RedFlagContext.Read(SafetyText.Normalise(message));
        for (var p = 0; p < pieces.Count; p++)
        {
            var vector = embedder.EmbedQuery(pieces[p]);
            perCategory.Clear();
            float harmless = -1;
            foreach (var (category, exemplar) in exemplars)
            {
                var similarity = Vectors.Cosine(vector, exemplar);
                if (category == Harmless)
                {
                    harmless = Math.Max(harmless, similarity);
                }
                else if (perCategory.TryGetValue(category, out var list))
                {
                    list.Add(similarity);
                }
                else
                {
                    perCategory[category] = [similarity];
                }
            }

            var (closest, red) = perCategory.Select(c => (c.Key, Max: c.Value.Max())).MaxBy(c => c.Max);
            var topThree = perCategory[closest].OrderDescending().Take(TopCount).Average();
            var context = RedFlagContext.Read(SafetyText.Normalise(pieces[p]));
            read.Add((closest, RedFlagFeatures.Of(red, topThree, harmless, context, whole, p == 0, SafetyText.WordCount(pieces[p]), vector)));
        }

        return read;
    }

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    // "My name is Jane Smith": a name of one to four capitalised words and nothing else ("My name is Jane Smith and my
    // lips are going blue" is read).
    [GeneratedRegex(@"^([Mm]y name is|[Mm]y name's|[Nn]ame:)\s+\p{Lu}[\p{L}'-]*(\s+\p{Lu}[\p{L}'-]*){0,3}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAlone();

    [GeneratedRegex(@",\s*|;\s*|\s+-+\s+|\s+(?=(but|so|anyway|also|plus|and then|and now|oh and|although|though|because|cause|cos|which|whereas|except)\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClauseBreaks();
}
