using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Understanding;

public sealed class FollowUpTests
{
    private static readonly string[] Subjects = ["psoriasis", "eczema", "acne", "rosacea", "probiotics", "diet"];

    [Theory]
    [InlineData("what is psoriasis", "psoriasis", "what causes it", "what causes psoriasis")]
    [InlineData("what is psoriasis", "psoriasis", "does diet matter for that?", "does diet matter for psoriasis")]
    [InlineData("what causes psoriasis", "psoriasis", "what about eczema?", "what causes eczema")]
    [InlineData("does gut health affect psoriasis", "psoriasis", "what about acne and rosacea?", "does gut health affect acne and rosacea")]
    [InlineData("can probiotics help eczema", "eczema", "and for kids?", "can probiotics help eczema for kids")]
    [InlineData("what is psoriasis", "psoriasis", "and can probiotics help?", "can probiotics help psoriasis")]
    public void Resolve_FollowUp_BecomesAStandaloneQuestion(string previous, string subject, string message, string expected)
    {
        var resolved = FollowUp.Resolve(message, new ConversationTopic(previous, subject, "any"), Subjects);

        Assert.Equal(expected, resolved, ignoreCase: true);
    }

    [Theory]
    [InlineData("can probiotics help eczema?")]
    [InlineData("is rosacea linked to gut health")]
    [InlineData("I've had psoriasis on my elbows for seven years and lately it flares more when I'm stressed at work, is there a link between what I eat and my skin")]
    public void Resolve_QuestionWithItsOwnSubject_StandsAlone(string message)
    {
        Assert.Equal(message, FollowUp.Resolve(message, new ConversationTopic("what is psoriasis", "psoriasis", "psoriasis"), Subjects));
    }

    [Fact]
    public void Resolve_WithoutATopic_ChangesNothing()
    {
        Assert.Equal("what causes it", FollowUp.Resolve("what causes it", null, Subjects));
    }
}
