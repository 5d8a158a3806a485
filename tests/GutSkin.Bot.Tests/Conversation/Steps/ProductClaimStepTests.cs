using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class ProductClaimStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void WhatTheProductDoesForACondition_IsNotClaimed()
    {
        var result = new ProductClaimStep().TryHandle(knowledge.Turn("Does Life Greens cure eczema?"));

        var reply = Assert.Single(result!.Replies);
        Assert.StartsWith(ReplyText.NoProductClaims, reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(ReplyText.ArticlesInstead, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionAboutProbiotics_IsNotAProductClaim()
    {
        Assert.Null(new ProductClaimStep().TryHandle(knowledge.Turn("Do probiotics help eczema?")));
    }
}
