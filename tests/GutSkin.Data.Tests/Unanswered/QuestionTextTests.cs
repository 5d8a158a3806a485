using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Tests.Unanswered;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("Can I drink coffee?", "can i drink coffee")]
    [InlineData("  can  I\tdrink\ncoffee  ", "can i drink coffee")]
    [InlineData("Can I drink coffee ?!...", "can i drink coffee")]
    [InlineData("Is “leaky gut” real…", "is “leaky gut” real")]
    [InlineData("What about (acne)?", "what about (acne)")]
    [InlineData("ÉCZÉMA?", "éczéma")]
    [InlineData("???", "")]
    public void Normalize_Question_GivesGroupingKey(string question, string expected)
    {
        Assert.Equal(expected, QuestionText.Normalize(question));
    }
}
