using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Tests.Recognition;

public sealed class PersonalDataRedactorTests
{
    [Fact]
    public void Redact_RemovesEmailPhoneAndName()
    {
        var redacted = PersonalDataRedactor.Redact("My name is Jane, email jane.doe@example.com or call +1 425 555 0100 about my rash");

        Assert.DoesNotContain("Jane", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("555", redacted, StringComparison.Ordinal);
        Assert.Contains("[email]", redacted, StringComparison.Ordinal);
        Assert.Contains("[phone]", redacted, StringComparison.Ordinal);
        Assert.Contains("about my rash", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_LeavesOrdinaryQuestionsAlone()
    {
        Assert.Equal("Can probiotics help eczema in 2 weeks?", PersonalDataRedactor.Redact("Can probiotics help eczema in 2 weeks?"));
    }
}
