using System.Security.Cryptography;
using System.Text;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// Vectors kept in a file between loads, keyed by a hash of the model and the text, so that a reload embeds only the
/// passages that changed. A missing, foreign or damaged file is treated as empty: the cache can only save time.
/// </summary>
internal sealed class EmbeddingCache
{
    private const string Magic = "GutSkin embeddings 1";

    private readonly string? file;
    private readonly string modelId;
    private readonly Dictionary<string, float[]> vectors;

    private EmbeddingCache(string? file, string modelId, Dictionary<string, float[]> vectors)
    {
        this.file = file;
        this.modelId = modelId;
        this.vectors = vectors;
    }

    /// <summary>How many vectors were embedded rather than read from the cache by the last <see cref="Resolve"/>.</summary>
    public int LastEmbedded { get; private set; }

    /// <summary>Opens the cache file for <paramref name="modelId"/>; null keeps vectors in memory only.</summary>
    public static EmbeddingCache Open(string? file, string modelId) => new(file, modelId, file is null ? [] : Read(file, modelId));

    /// <summary>The vector of each text: from the cache, or embedded now (in one batch) and written back.</summary>
    public float[][] Resolve(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> embed)
    {
        var keys = texts.Select(Key).ToArray();
        var missing = keys.Select((key, i) => (key, i)).Where(k => !vectors.ContainsKey(k.key)).DistinctBy(k => k.key).ToList();
        LastEmbedded = missing.Count;
        if (missing.Count > 0)
        {
            var embedded = embed([.. missing.Select(m => texts[m.i])]);
            for (var j = 0; j < missing.Count; j++)
            {
                vectors[missing[j].key] = embedded[j];
            }

            // Keep only what this version uses, so that the file does not grow with every edit.
            var used = keys.ToHashSet();
            foreach (var stale in vectors.Keys.Where(k => !used.Contains(k)).ToList())
            {
                vectors.Remove(stale);
            }

            Write();
        }

        return [.. keys.Select(k => vectors[k])];
    }

    private string Key(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\n" + text)));

    private static Dictionary<string, float[]> Read(string file, string modelId)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != modelId)
            {
                return vectors;
            }

            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                vectors[key] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            vectors.Clear();
        }

        return vectors;
    }

    private void Write()
    {
        if (file is null || vectors.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);

            // Written beside the file and renamed over it, so that a reader never sees half a file.
            var temporary = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(modelId);
                writer.Write(vectors.Count);
                writer.Write(vectors.First().Value.Length);
                foreach (var (key, vector) in vectors)
                {
                    writer.Write(key);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only disk costs only time at the next load.
        }
    }
}
