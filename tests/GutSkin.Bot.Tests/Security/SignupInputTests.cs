using GutSkin.Bot.Tests.Support;

namespace GutSkin.Bot.Tests.Security;

/// <summary>Odd answers in the trial signup over HTTP: each gets a clear reply and the signup goes on.</summary>
public sealed class SignupInputTests : IDisposable
{
    private readonly BotHost host = new();

    [Fact]
    public async Task Signup_WithThreeHundredCharacterEmail_IsAskedAgain()
    {
        var conversation = await StartAsync("Jane Smith");

        var replies = await host.SayAsync(new string('a', 300) + "@example.com", conversation);

        // RFC 5321 caps an address at 254 characters and its local part at 64.
        Assert.Contains(replies, r => r.Contains("doesn't look like an email address", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("shipping address", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Theory]
    [InlineData("j'ai trente-quatre ans")]
    [InlineData("私は34歳です")]
    public async Task Signup_WithAgeInAnotherLanguage_GetsAClearReplyAndKeepsGoing(string age)
    {
        var conversation = await StartAsync("Jane Smith");
        await host.SayAsync("jane@example.com", conversation);
        await host.SayAsync("12 High Street, Bristol, BS1 4DJ", conversation);
        await host.SayAsync("skip", conversation);

        var replies = await host.SayAsync(age, conversation);
        var next = await host.SayAsync("34", conversation);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.Contains(replies.Concat(next), r => r.Contains("One last, separate question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signup_WithMarkdownLinkAndHtmlInTheAddress_ShowsThemAsText()
    {
        var conversation = await StartAsync("Jane Smith");
        await host.SayAsync("jane@example.com", conversation);
        await host.SayAsync("12 High Street [click](https://evil.example) <img src=x onerror=alert(1)>, Bristol, BS1 4DJ", conversation);
        await host.SayAsync("skip", conversation);
        await host.SayAsync("34", conversation);

        var summary = string.Join("\n", await host.SayAsync("no", conversation));

        Assert.Contains("Shipping address: 12 High Street \\[click\\]\\(https://evil\\.example\\) \\<img", summary, StringComparison.Ordinal);
        Assert.True(!summary.Contains("[click](", StringComparison.Ordinal), summary);
        Assert.DoesNotMatch(@"(?<!\\)<img", summary);
    }

    public void Dispose() => host.Dispose();

    private async Task<string> StartAsync(string name)
    {
        var conversation = Guid.NewGuid().ToString("N");
        await host.SayAsync("sign me up for the trial", conversation);
        await host.SayAsync(name, conversation);
        return conversation;
    }
}
