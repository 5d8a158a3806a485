using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Understanding;

public sealed class KnownWordsTests
{
    [Theory]
    [InlineData("asdfgh")]
    [InlineData("kkkkk")]
    [InlineData("qwrtzp xkcdj")]
    [InlineData("????")]
    public void IsGibberish_KeyboardMashing_IsGibberish(string message)
    {
        Assert.True(KnownWords.IsGibberish(message, _ => false));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("gut health")]
    [InlineData("exzema")]
    public void IsGibberish_WordsOrKnowledgeTerms_AreNot(string message)
    {
        Assert.False(KnownWords.IsGibberish(message, word => word == "exzema"));
    }
}
