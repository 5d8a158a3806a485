using System.Numerics;

namespace GutSkin.Knowledge.Semantic;

/// <summary>Dot products of vectors, with the machine's vector instructions.</summary>
internal static class Vectors
{
    /// <summary>The cosine similarity of two unit vectors: their dot product.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Dot(a, b);

    /// <summary>The dot product of two vectors of the same length.</summary>
    public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : struct, INumber<T>
    {
        var sum = Vector<T>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<T>.Count; i += Vector<T>.Count)
        {
            sum += new Vector<T>(a[i..]) * new Vector<T>(b[i..]);
        }

        var dot = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>
    /// The unit vector of what <paramref name="vector"/> says besides <paramref name="direction"/> (both unit vectors): the
    /// vector with its component along the direction taken out, scaled back to length one; zero when nothing is left.
    /// </summary>
    public static float[] Without(ReadOnlySpan<float> vector, ReadOnlySpan<float> direction)
    {
        var along = Dot(vector, direction);
        var rest = new float[vector.Length];
        for (var i = 0; i < rest.Length; i++)
        {
            rest[i] = vector[i] - (along * direction[i]);
        }

        var length = MathF.Sqrt(Dot<float>(rest, rest));
        if (length > 0)
        {
            for (var i = 0; i < rest.Length; i++)
            {
                rest[i] /= length;
            }
        }

        return rest;
    }
}
