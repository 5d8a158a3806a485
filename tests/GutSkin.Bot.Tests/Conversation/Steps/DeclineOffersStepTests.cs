using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class DeclineOffersStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void NoThanks_StopsTheOffers()
    {
        var state = new ConversationData();

        var result = new DeclineOffersStep().TryHandle(knowledge.Turn("No thanks", state));

        Assert.Equal(ReplyText.OffersDeclined, Assert.Single(result!.Replies).Text);
        Assert.True(state.OffersDeclined);
    }
}
