using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class TellMeMoreStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void TellMeMore_QuotesTheWholeSection()
    {
        var section = EczemaSection();

        var result = new TellMeMoreStep().TryHandle(knowledge.Turn("tell me more", Answered()));

        Assert.StartsWith(section.FullText, result!.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phrases.TellMeMore, result.Replies[1].SuggestedActions!);
    }

    [Fact]
    public void TellMeMore_BeforeAnyAnswer_AsksForAQuestion()
    {
        var result = new TellMeMoreStep().TryHandle(knowledge.Turn("more"));

        Assert.Equal(ReplyText.NothingToTellMoreAbout, Assert.Single(result!.Replies).Text);
    }

    private KnowledgeSection EczemaSection() =>
        knowledge.Knowledge.Current.Sections.First(s => s.Title == "What is the Link Between Gut Health and Eczema?");

    private ConversationData Answered() =>
        new() { LastAnswer = new AnswerShown { Question = "is eczema linked to gut health?", SectionId = EczemaSection().Id } };
}
