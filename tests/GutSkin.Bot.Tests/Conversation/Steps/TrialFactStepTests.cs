using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class TrialFactStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void QuestionAboutTheTrial_GetsTheFactWithTheDisclaimer()
    {
        var trial = knowledge.Knowledge.Current.Offers!.Trial;

        var result = new TrialFactStep().TryHandle(knowledge.Turn("how much does life greens cost"));

        var reply = Assert.Single(result!.Replies);
        Assert.StartsWith(trial.Facts!["price"], reply.Text, StringComparison.Ordinal);
        Assert.EndsWith($"_{trial.Disclaimer}_", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Phrases.StartTrial, reply.SuggestedActions![0]);
        Assert.Equal(AnswerKind.TrialFacts, result.Kind);
    }

    [Fact]
    public void OtherQuestion_IsNotATrialFact()
    {
        Assert.Null(new TrialFactStep().TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }
}
