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

    // Round 19: hello as typed, leaving in several words, asking what the bot is (also "a real person or ai"), and a person
    // asked for in a longer complaint.
    [Theory]
    [InlineData("heyy", AnswerKind.Greeting)]
    [InlineData("hello, anyone there?", AnswerKind.Greeting)]
    [InlineData("hi, I'm new here", AnswerKind.Greeting)]
    [InlineData("thanks, that's really helpful", AnswerKind.Thanks)]
    [InlineData("that's all thanks, bye", AnswerKind.Goodbye)]
    [InlineData("gotta go, bye", AnswerKind.Goodbye)]
    [InlineData("are you a doctor?", AnswerKind.AboutBot)]
    [InlineData("is this ChatGPT?", AnswerKind.AboutBot)]
    [InlineData("are you a real person or a bot", AnswerKind.AboutBot)]
    [InlineData("is there someone I can call", AnswerKind.Handoff)]
    [InlineData("this isn't helping, I need to speak to an actual person at your company about my order", AnswerKind.Handoff)]
    public void Detect_RoundNineteenSmallTalk_IsRecognised(string message, AnswerKind kind) =>
        Assert.Equal(kind, SmallTalk.Detect(message));

    // Their near misses: a question after the greeting, a longer message that asks about health, and "how does" a condition.
    [Theory]
    [InlineData("hey, anyone there? does sugar make eczema worse")]
    [InlineData("are you a doctor or should I see my GP about this rash on my arm")]
    [InlineData("I've had eczema for years, should I talk to someone like a dermatologist about my gut")]
    [InlineData("how does eczema work")]
    public void Detect_RoundNineteenNearMisses_AreNotSmallTalk(string message) => Assert.Null(SmallTalk.Detect(message));

    [Theory]
    [InlineData("thanks, and does sugar make eczema worse?")]
    [InlineData("hi, can probiotics help psoriasis")]
    [InlineData("what is eczema")]
    public void Detect_QuestionWithAGreeting_IsNotSmallTalk(string message)
    {
        Assert.Null(SmallTalk.Detect(message));
    }

    // Round 20: thanks, goodbye and hello that are the whole message, however long.
    [Theory]
    [InlineData("ok that's all I needed for now, thanks for your help, bye", AnswerKind.Goodbye)]
    [InlineData("ok great thank you so much for the help that was really helpful", AnswerKind.Thanks)]
    public void Detect_LongMessageThatIsOnlySmallTalk_IsRecognised(string message, AnswerKind kind) =>
        Assert.Equal(kind, SmallTalk.Detect(message));

    // Round 20: a message the knowledge declined that opens with thanks or hello and asks nothing after it.
    [Theory]
    [InlineData("thank you so much, I've been trying to figure that out for ages", AnswerKind.Thanks)]
    [InlineData("omg thank you this is the first page that finally made sense of it", AnswerKind.Thanks)]
    [InlineData("hi there, my sister sent me the link so just having a look", AnswerKind.Greeting)]
    public void Opening_SmallTalkThenNothingAsked_IsThatSmallTalk(string message, AnswerKind kind) =>
        Assert.Equal(kind, SmallTalk.Opening(message));

    // Their near misses: a question or a request after the opening, a greeting word that opens a sentence about health,
    // thanks given to something else, and leaving first.
    [Theory]
    [InlineData("thanks, so what should I eat")]
    [InlineData("hi there, my son has eczema, any tips")]
    [InlineData("thank you. is dairy bad for psoriasis")]
    [InlineData("morning sickness has made my eczema worse")]
    [InlineData("thanks to probiotics my skin cleared up")]
    [InlineData("bye the way my skin is worse since the move")]
    public void Opening_QuestionOrNoSmallTalkFirst_IsNull(string message) => Assert.Null(SmallTalk.Opening(message));
}
