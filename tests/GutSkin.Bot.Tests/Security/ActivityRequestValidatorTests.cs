using System.Net;
using System.Text;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using GutSkin.Knowledge;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Security;

/// <summary>Bad input on <c>POST /api/messages</c>: a 4xx with a reason or a clear reply, never a 500.</summary>
public sealed class ActivityRequestValidatorTests : IDisposable
{
    private readonly BotHost host = new(("Requests:MaxBodyBytes", "65536"));

    [Fact]
    public async Task Messages_WithTextContentType_Returns415WithReason()
    {
        using var response = await host.Client.PostAsync("/api/messages", new StringContent(BotHost.Message("hi").ToString(), Encoding.UTF8, "text/plain"));

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "JSON");
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"not a date\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}}")]
    [InlineData("{\"type\": \"message\", \"conversation\": \"not an object\", \"from\": {\"id\": \"u\"}}")]
    public async Task Messages_WithMalformedJson_Returns400WithReason(string body)
    {
        using var response = await host.Client.PostAsync("/api/messages", BotHost.Json(body));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "The body");
    }

    [Theory]
    [InlineData("type", "no type")]
    [InlineData("conversation", "conversation id")]
    [InlineData("from", "from.id")]
    [InlineData("channelId", "channelId")]
    public async Task Messages_WithMissingField_Returns400NamingIt(string field, string reason)
    {
        var activity = BotHost.Message("hello");
        activity.Remove(field);

        using var response = await host.PostAsync(activity);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, reason);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "expectReplies")]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("not a url", "expectReplies")]
    public async Task Messages_WithoutValidServiceUrl_Returns400(string? serviceUrl, string? deliveryMode)
    {
        var activity = BotHost.Message("hello");
        activity["deliveryMode"] = deliveryMode;
        activity["serviceUrl"] = serviceUrl;

        using var response = await host.PostAsync(activity);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "serviceUrl");
    }

    [Fact]
    public async Task Messages_OverTheBodyLimit_Returns413WithReason()
    {
        using var response = await host.PostAsync(BotHost.Message(new string('a', 70_000)));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "65536 bytes");
    }

    [Fact]
    public async Task Messages_OverTheBodyLimitWithoutContentLength_Returns413()
    {
        // A chunked body has no Content-Length to check up front: the limit holds while reading.
        var bytes = Encoding.UTF8.GetBytes(BotHost.Message(new string('a', 70_000)).ToString());
        using var content = new StreamContent(new NonSeekableStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync("/api/messages", content);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "bytes");
    }

    [Fact]
    public async Task Messages_WithUnknownActivityType_ReturnsOkWithoutReplies()
    {
        var activity = BotHost.Message("hello");
        activity["type"] = "somethingNew";

        using var response = await host.PostAsync(activity);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
    }

    [Fact]
    public async Task Messages_WithLongText_RepliesPolitely()
    {
        var replies = await host.SayAsync(new string('x', MessageLength.Max + 1) + "?", Guid.NewGuid().ToString("N"));

        Assert.Contains(replies, r => r.Contains("long message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_WithControlCharacters_AreReadWithoutThem()
    {
        var replies = await host.SayAsync("Is ec\u0000ze\u001bma linked\u0007 to gut health?", Guid.NewGuid().ToString("N"));

        Assert.Contains(replies, r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🤔🧴🦠 eczema? 👩🏽‍⚕️")]
    [InlineData("هل يرتبط الإكزيما بصحة الأمعاء؟")]
    [InlineData("\u202Eamzcze\u202C")]
    [InlineData("<script>alert(1)</script><img src=x onerror=alert(2)>")]
    [InlineData("[click me](javascript:alert(1)) **bold** <b>x</b>")]
    [InlineData("eczema AND (gut OR skin)^10 ~2 \"unclosed *? field:value [a TO")]
    [InlineData("j'ai trente-quatre ans")]
    [InlineData("私は34歳です")]
    public async Task Messages_WithUnusualText_GetAPlainReply(string text)
    {
        using var response = await host.PostAsync(BotHost.Message(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Select(a => (string?)a["text"] ?? string.Empty).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.DoesNotContain("<script", reply, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", reply, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", reply, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    public void Dispose() => host.Dispose();

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected, string reasonPart)
    {
        Assert.Equal(expected, response.StatusCode);
        var error = (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["error"];
        Assert.NotNull(error);
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    /// <summary>Makes the client send the body chunked, without a Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
