using GutSkin.Bot.Tests.Support;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Messages in languages the articles do not cover, through the SDK's TestAdapter.</summary>
public sealed class OtherLanguageTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("¿los probióticos ayudan con el eccema?", "nuestros artículos solo están en inglés")]
    [InlineData("les probiotiques aident-ils l'eczéma ?", "nos articles n'existent qu'en anglais")]
    [InlineData("Hilft Joghurt bei Neurodermitis?", "Unsere Artikel gibt es nur auf Englisch")]
    [InlineData("os probióticos ajudam com eczema?", "os nossos artigos só estão em inglês")]
    [InlineData("i probiotici aiutano con l'eczema?", "i nostri articoli sono solo in inglese")]
    [InlineData("helpen probiotica bij eczeem?", "onze artikelen zijn alleen in het Engels")]
    public async Task Question_InAnotherLanguage_SaysInThatLanguageThatTheArticlesAreInEnglish(string question, string expected)
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync(question);

        var reply = Assert.Single(turn.Replies);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("ask me in English and I'll answer", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Eczema", turn.SuggestedActions);
    }

    [Fact]
    public async Task Question_InSpanishWithARedFlag_GetsOnlyTheUrgentReply()
    {
        var conversation = fixture.StartConversation();

        // Spanish to the detector, urgent to today's English safety rules: the order of the two decides the reply.
        var message = "por favor ayuda, mi hijo has trouble breathing y tiene eccema";
        Assert.Equal(GutSkin.Knowledge.Language.MessageLanguage.Spanish, GutSkin.Knowledge.Language.LanguageDetector.Detect(message));

        var turn = await conversation.SayAsync(message);

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("emergency", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("inglés", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InEnglishWithAForeignWord_GoesToTheArticlesNotTheLanguageReply()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("is sauerkraut good for eczema");

        Assert.DoesNotContain("Our articles are in English only", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("inglés", turn.Text, StringComparison.Ordinal);
    }
}
