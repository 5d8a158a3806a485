using System.Numerics;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// How a model's token embeddings become one unit-length sentence vector, with the float operations in the order the
/// SentenceTransformers packages use (sums token by token, a multiplication by the reciprocal), so that the vectors are
/// theirs bit for bit. Only the sum over tokens runs on vector registers: each lane adds the same numbers in the same order.
/// </summary>
internal static class TokenPooling
{
    private const float CountFloor = 1e-9f;
    private const float NormFloor = 1e-12f;

    /// <summary>Writes the sentence vector of one text's <paramref name="tokens"/> (<c>count × destination.Length</c>) into <paramref name="destination"/>.</summary>
    public static void Pool(PoolingKind kind, ReadOnlySpan<float> tokens, int count, Span<float> destination)
    {
        if (kind == PoolingKind.Mean)
        {
            Mean(tokens, count, destination);
        }
        else
        {
            tokens[..destination.Length].CopyTo(destination);
        }

        Normalise(destination);
    }

    // The package adds each token's value times its attention mask (1 for a real token, 0 for padding): the same sums.
    private static void Mean(ReadOnlySpan<float> tokens, int count, Span<float> destination)
    {
        var dimensions = destination.Length;
        destination.Clear();
        for (var token = 0; token < count; token++)
        {
            Add(tokens.Slice(token * dimensions, dimensions), destination);
        }

        Scale(destination, 1f / MathF.Max(count, CountFloor));
    }

    private static void Normalise(Span<float> vector)
    {
        // Summed one value at a time, in order, as the package does: a vectorised sum would round differently.
        var squares = 0f;
        foreach (var value in vector)
        {
            squares += value * value;
        }

        Scale(vector, 1f / MathF.Max(MathF.Sqrt(squares), NormFloor));
    }

    private static void Add(ReadOnlySpan<float> source, Span<float> sum)
    {
        var i = 0;
        for (; i <= sum.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(sum[i..]) + new Vector<float>(source[i..])).CopyTo(sum[i..]);
        }

        for (; i < sum.Length; i++)
        {
            sum[i] += source[i];
        }
    }

    private static void Scale(Span<float> vector, float factor)
    {
        var i = 0;
        for (; i <= vector.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(vector[i..]) * factor).CopyTo(vector[i..]);
        }

        for (; i < vector.Length; i++)
        {
            vector[i] *= factor;
        }
    }
}
