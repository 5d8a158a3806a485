using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Understanding;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi", AnswerKind.Greeting)]
    [InlineData("Good morning!", AnswerKind.Greeting)]
    [InlineData("thanks so much for your help", AnswerKind.Thanks)]
    [InlineData("ok great, thank you", AnswerKind.Thanks)]
    [InlineData("bye", AnswerKind.Goodbye)]
    [InlineData("that's all for now", AnswerKind.Goodbye)]
    [InlineData("are you a bot?", AnswerKind.AboutBot)]
    [InlineData("who are you", AnswerKind.AboutBot)]
    [InlineData("can I talk to a real person", AnswerKind.Handoff)]
    [InlineData("how do I contact customer service", AnswerKind.Handoff)]
    public void Detect_SmallTalk_IsRecognised(string message, AnswerKind kind)
    {
        Assert.Equal(kind, SmallTalk.Detect(message));
    }

    [Theory]
    [InlineData("thanks, and does sugar make eczema worse?")]
    [InlineData("hi, can probiotics help psoriasis")]
    [InlineData("what is eczema")]
    public void Detect_QuestionWithAGreeting_IsNotSmallTalk(string message)
    {
        Assert.Null(SmallTalk.Detect(message));
    }
}
