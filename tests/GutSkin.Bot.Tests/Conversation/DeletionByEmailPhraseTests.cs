using GutSkin.Bot.Conversation;

namespace GutSkin.Bot.Tests.Conversation;

public sealed class DeletionByEmailPhraseTests
{
    [Theory]
    [InlineData("delete my data for jane@example.com")]
    [InlineData("Please delete my details for jane@example.com.")]
    [InlineData("delete my data, my email is jane@example.com")]
    [InlineData("remove my data under the address jane@example.com please")]
    [InlineData("forget me: jane@example.com")]
    [InlineData("jane@example.com - delete my data")]
    public void Find_DeleteMyDataWithAnAddress_ReturnsTheAddress(string text) =>
        Assert.Equal("jane@example.com", DeletionByEmailPhrase.Find(text));

    [Theory]
    [InlineData("delete my data")]
    [InlineData("jane@example.com")]
    [InlineData("my email is jane@example.com")]
    [InlineData("sign me up, jane@example.com")]
    [InlineData("can you email jane@example.com about eczema")]
    [InlineData("don't delete my data for jane@example.com")]
    public void Find_AnythingElse_ReturnsNull(string text) =>
        Assert.Null(DeletionByEmailPhrase.Find(text));
}
