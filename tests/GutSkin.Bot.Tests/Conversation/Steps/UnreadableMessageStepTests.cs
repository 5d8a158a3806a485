using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class UnreadableMessageStepTests(StepsKnowledge knowledge)
{
    private readonly UnreadableMessageStep step = new();

    [Fact]
    public void OnlyAPicture_IsAskedToTypeTheQuestion()
    {
        var result = step.TryHandle(knowledge.Turn(string.Empty, hasAttachments: true));

        Assert.Equal(ReplyText.OnlyText, Assert.Single(result!.Replies).Text);
        Assert.Equal(AnswerKind.Empty, result.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("\u0007\u001b")]
    public void NoText_IsAskedForAQuestion(string text)
    {
        var result = step.TryHandle(knowledge.Turn(text));

        Assert.Equal(ReplyText.NothingTyped, Assert.Single(result!.Replies).Text);
        Assert.Equal(Phrases.Topics, result.Replies[0].SuggestedActions);
    }

    [Fact]
    public void LongerThanTheLimit_IsAskedForASentenceOrTwo()
    {
        var result = step.TryHandle(knowledge.Turn(new string('x', MessageLength.Max) + "?"));

        Assert.Equal(ReplyText.TooLong, Assert.Single(result!.Replies).Text);
    }

    [Fact]
    public void AtTheLimitAfterTrimming_IsRead()
    {
        Assert.Null(step.TryHandle(knowledge.Turn($"  {new string('x', MessageLength.Max - 1)}?  ")));
    }
}
