using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class SmallTalkStepTests(StepsKnowledge knowledge)
{
    private const string Contact = "Email care@example.com.";

    private readonly SmallTalkStep smallTalk = new(Microsoft.Extensions.Options.Options.Create(new BrandOptions { Contact = Contact }));

    [Theory]
    [InlineData("thanks", AnswerKind.Thanks, ReplyText.YoureWelcome)]
    [InlineData("thank you so much!", AnswerKind.Thanks, ReplyText.YoureWelcome)]
    [InlineData("bye", AnswerKind.Goodbye, ReplyText.Goodbye)]
    [InlineData("are you a bot?", AnswerKind.AboutBot, ReplyText.AboutBot)]
    [InlineData("asdfgh", AnswerKind.Gibberish, ReplyText.NotUnderstood)]
    public void SmallTalk_GetsItsReplyAndKind(string text, AnswerKind kind, string reply)
    {
        var turn = knowledge.Turn(text);

        var result = smallTalk.TryHandle(turn);

        Assert.Equal(reply, Assert.Single(result!.Replies).Text);
        Assert.Equal(kind, result.Kind);
        Assert.Null(turn.Answer.Section);
    }

    [Fact]
    public void Hello_WelcomesOnceThenSaysHelloAgain()
    {
        var state = new ConversationData();

        var first = smallTalk.TryHandle(knowledge.Turn("hello", state));
        var second = smallTalk.TryHandle(knowledge.Turn("hi there", state));

        Assert.Contains(ReplyText.Disclaimer, first!.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(ReplyText.HelloAgain, second!.Replies[0].Text);
        Assert.Equal(AnswerKind.Greeting, second.Kind);
    }

    [Fact]
    public void AskingForAPerson_GetsTheBrandsContact()
    {
        var result = smallTalk.TryHandle(knowledge.Turn("can I talk to a real person"));

        Assert.Equal($"{ReplyText.NoPerson}{Contact}", result!.Replies[0].Text);
    }

    [Fact]
    public void Question_IsNotSmallTalk()
    {
        Assert.Null(smallTalk.TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }
}
