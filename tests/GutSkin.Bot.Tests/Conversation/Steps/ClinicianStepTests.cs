using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class ClinicianStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void DoseQuestion_IsReferredToAClinician()
    {
        var result = new ClinicianStep().TryHandle(knowledge.Turn("Can I take probiotics while pregnant?"));

        Assert.Equal(ReplyText.ClinicianReferral, Assert.Single(result!.Replies).Text);
        Assert.Equal(AnswerKind.Clinician, result.Kind);
    }
}
