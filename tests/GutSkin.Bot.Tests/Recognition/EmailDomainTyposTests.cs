using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Tests.Recognition;

/// <summary>"Did you mean…?" for an email domain one slip away from a big provider's.</summary>
public sealed class EmailDomainTyposTests
{
    [Theory]
    [InlineData("jane@gmial.com", "jane@gmail.com")]
    [InlineData("jane@hotmial.com", "jane@hotmail.com")]
    [InlineData("jane@yahooo.com", "jane@yahoo.com")]
    [InlineData("jane@outlok.com", "jane@outlook.com")]
    [InlineData("Jane.Doe@GMAIL.CON", "Jane.Doe@gmail.com")]
    [InlineData("jane@hotmail.co.ku", "jane@hotmail.co.uk")]
    public void Suggest_ForAMistypedProvider_GivesTheProvidersDomain(string email, string expected)
    {
        Assert.Equal(expected, EmailDomainTypos.Suggest(email));
    }

    [Theory]
    [InlineData("jane@gmail.com")]
    [InlineData("jane@mail.com")]
    [InlineData("jane@ymail.com")]
    [InlineData("jane@gmx.com")]
    [InlineData("jane@example.com")]
    [InlineData("jane@acme.co.uk")]
    [InlineData("jane@xe.com")]
    [InlineData("not an email")]
    public void Suggest_ForARealOrUnrelatedDomain_GivesNothing(string email)
    {
        Assert.Null(EmailDomainTypos.Suggest(email));
    }
}
