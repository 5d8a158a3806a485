using GutSkin.Bot.Conversation;

namespace GutSkin.Bot.Tests.Conversation;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("cancel", true)]
    [InlineData("Stop!", true)]
    [InlineData("how do I stop itching?", false)]
    public void IsCancel_MatchesWholeMessagesOnly(string text, bool expected)
    {
        Assert.Equal(expected, Phrases.IsCancel(text));
    }

    [Theory]
    [InlineData("Is eczema linked to gut health?", true)]
    [InlineData("what about diet", true)]
    [InlineData("Jane Smith", false)]
    [InlineData("12 High Street, Bristol", false)]
    public void LooksLikeQuestion_TellsQuestionsFromAnswers(string text, bool expected)
    {
        Assert.Equal(expected, Phrases.LooksLikeQuestion(text));
    }
}
