using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class OtherLanguageStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void OtherLanguage_IsToldTheArticlesAreInEnglish()
    {
        var result = new OtherLanguageStep().TryHandle(knowledge.Turn("¿los probióticos ayudan con el eccema?"));

        Assert.Contains("nuestros artículos solo están en inglés", Assert.Single(result!.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_IsNotAnotherLanguage()
    {
        Assert.Null(new OtherLanguageStep().TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }
}
