using System.Reflection;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The second safety layer: the message and each of its sentences are compared, with the local sentence-embedding model,
/// with exemplar messages per red-flag category and with harmless near-misses (<c>RedFlagExemplars.tsv</c>). A piece is a
/// red flag when its closest red-flag exemplar is similar enough and clearly closer than the closest harmless one.
/// Pieces that are dated, settled, someone else's history or general questions are left to the phrase rules' reading.
/// </summary>
internal sealed class SemanticScreen
{
    /// <summary>The least cosine similarity to a red-flag exemplar. Chosen on the safety set's train split, checked on dev.</summary>
    public const float Threshold = 0.60f;

    /// <summary>How much closer the red-flag exemplar must be than the closest harmless one.</summary>
    public const float Margin = 0.24f;

    // The whole message and up to five sentences (or groups of sentences): a few milliseconds each, cached per text.
    private const int MaxPieces = 6;
    private const int MinWords = 3;
    private const string Harmless = "none";

    private static readonly Lazy<SemanticScreen> Shared = new(() => Load(SentenceEmbedder.For(SemanticModel.MiniLM)));

    private readonly SentenceEmbedder embedder;
    private readonly (string Category, float[] Vector)[] exemplars;

    private SemanticScreen(SentenceEmbedder embedder, (string Category, float[] Vector)[] exemplars)
    {
        this.embedder = embedder;
        this.exemplars = exemplars;
    }

    /// <summary>The category of the closest red-flag exemplar when the message or one of its sentences passes, or null.</summary>
    public static string? Category(string message) => Shared.Value.Find(message);

    /// <summary>The pieces of a message that are compared: the whole and its sentences of three words or more.</summary>
    internal static List<string> Pieces(string message)
    {
        var whole = message.Trim();
        var sentences = SafetyText.Sentences(whole).Where(s => SafetyText.WordCount(s) >= MinWords).ToList();
        var pieces = SafetyText.WordCount(whole) >= MinWords ? new List<string> { whole } : [];
        if (sentences.Count > 1)
        {
            // A long message keeps all its sentences, in at most five groups of neighbours.
            var groups = Math.Min(MaxPieces - 1, sentences.Count);
            pieces.AddRange(Enumerable.Range(0, groups).Select(g =>
                string.Join(' ', sentences[(g * sentences.Count / groups)..((g + 1) * sentences.Count / groups)])));
        }

        return pieces;
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

    private string? Find(string message)
    {
        foreach (var piece in Pieces(message))
        {
            if (!RedFlagContext.IsCurrent(SafetyText.Normalise(piece)))
            {
                continue;
            }

            var vector = embedder.EmbedQuery(piece);
            string? category = null;
            float red = -1, harmless = -1;
            foreach (var (exemplarCategory, exemplar) in exemplars)
            {
                var similarity = Vectors.Cosine(vector, exemplar);
                if (exemplarCategory == Harmless)
                {
                    harmless = Math.Max(harmless, similarity);
                }
                else if (similarity > red)
                {
                    (red, category) = (similarity, exemplarCategory);
                }
            }

            if (red >= Threshold && red - harmless >= Margin)
            {
                return category;
            }
        }

        return null;
    }
}
