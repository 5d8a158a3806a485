using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests;

// How many texts one uncached message runs through the embedding model (a few milliseconds of a core each), counted on
// the asking thread. A number no other test uses keeps every message new to the process-wide query cache.
public sealed class LiveKnowledgeModelRunsTests : IClassFixture<RepositoryKnowledgeFixture>
{
    private static readonly int Unique = Random.Shared.Next(100_000, 999_999);

    private readonly RepositoryKnowledgeFixture fixture;

    public LiveKnowledgeModelRunsTests(RepositoryKnowledgeFixture fixture)
    {
        this.fixture = fixture;

        // The first message of the process loads the safety screen, which embeds its exemplars (partly on this thread).
        fixture.Knowledge.Ask("my skin is itchy and sore, is it my gut or my diet?");
    }

    private static string ShortQuestion => $"Can probiotics help eczema after {Unique} days?";

    private static string LongMessage =>
        $"I've had psoriasis on my elbows and knees for about {Unique} days and lately it flares up a lot more when I'm stressed at work, " +
        "my mum keeps telling me it's my diet, is there actually a link between what I eat and my skin?";

    [Fact]
    public void Ask_NewShortQuestion_RunsTheModelOnce()
    {
        // The screen reads it as typed and the answer lower-cased by the spelling step: the same tokens.
        Assert.Equal(1, Runs(() => fixture.Knowledge.Ask(ShortQuestion)));
    }

    [Fact]
    public void Ask_NewLongMessage_RunsTheModelOncePerTextTheModelReadsDifferently()
    {
        // The screen: the message and its three clauses. The answer: its question sentence is the third clause, and the
        // whole message is the screen's, lower-cased, since the spelling step leaves correctly spelt "stressed" alone.
        Assert.Equal(4, Runs(() => fixture.Knowledge.Ask(LongMessage)));
    }

    [Fact]
    public void Ask_TheSameMessageRetypedInOtherCaseAndSpacing_RunsTheModelNoMore()
    {
        fixture.Knowledge.Ask(LongMessage);
        var retyped = LongMessage.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal).Replace("?", " ?", StringComparison.Ordinal);

        Assert.Equal(0, Runs(() => fixture.Knowledge.Ask(retyped)));
    }

    private static int Runs(Action ask)
    {
        var before = OnnxSentenceEncoder.RunsOnThisThread;
        ask();
        return OnnxSentenceEncoder.RunsOnThisThread - before;
    }
}
