using GutSkin.Knowledge.Traffic;

namespace GutSkin.Knowledge.Tests.Traffic;

public sealed class KnowledgeSuggestionsTests
{
    [Theory]
    [InlineData("what should i eat for eczema", "What should I eat for eczema?")]
    [InlineData("  can i take probiotics if i'm vegan.", "Can I take probiotics if I'm vegan?")]
    [InlineData("i've had eczema for years, will it go", "I've had eczema for years, will it go?")]
    [InlineData("is vitamin i.e. d good for psoriasis?", "Is vitamin i.e. d good for psoriasis?")]
    [InlineData("does diet affect psoriasis in kids", "Does diet affect psoriasis in kids?")]
    public void AsQuestionLine_ReadsAsALineOfTheArticle(string asked, string line) =>
        Assert.Equal(line, KnowledgeSuggestions.AsQuestionLine(asked));
}
