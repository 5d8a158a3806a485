using System.Text;
using CsCheck;
using GutSkin.Bot.Tests.Support;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Security;

/// <summary>Random activities, random JSON and random text through the real host: never a 5xx, never an error logged
/// (the adapter logs every exception that escapes a turn, and ASP.NET Core every unhandled one).</summary>
public sealed class MessagesFuzzTests
{
    private static readonly string[] ActivityTypes =
        ["message", "conversationUpdate", "typing", "event", "invoke", "endOfConversation", "messageReaction", "installationUpdate", "messageUpdate", "handoff", "trace", "", "MESSAGE"];

    private static readonly string[] Texts =
    [
        "sign me up for the trial", "help", "cancel", "start over", "yes", "no", "skip", "tell me more", "delete my data",
        "j'ai trente-quatre ans", "私は34歳です", "هل يرتبط الإكزيما بصحة الأمعاء؟", "🤔🧴🦠👩🏽‍⚕️", "<script>alert(1)</script>",
        "[x](javascript:alert(1))", "eczema AND (gut OR skin)^10 ~2 \"unclosed *? field:value [a TO", "a@b", new string('a', 300) + "@example.com",
        "\u0000\u0001\u001b[31m", "\ud800", "\u202Eamzcze", "Is eczema linked to gut health?",
    ];

    [Fact]
    public async Task Messages_WithRandomInput_NeverFailOnTheServer()
    {
        using var host = new BotHost(("RateLimits:PerClientPerMinute", "1000000"));
        var conversations = Gen.OneOf("fuzz-a", "fuzz-b", "fuzz-c");
        var answered = 0;

        await Request(conversations).SampleAsync(
            async request =>
            {
                using var content = new StringContent(request.Body, Encoding.UTF8);
                content.Headers.ContentType = new(request.ContentType);
                using var response = await host.Client.PostAsync("/api/messages", content);

                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref answered);
                }
            },
            iter: 300,
            threads: 1,
            print: request => $"{request.ContentType} {request.Body[..Math.Min(request.Body.Length, 500)]}");

        // About 40% reach the bot (the rest are refused by design); a floor far below that keeps the test from only exercising the validator.
        Assert.True(answered >= 50, $"Only {answered} of 300 requests were answered");
    }

    private static Gen<FuzzRequest> Request(Gen<string> conversations) => Gen.Frequency(
        (8, Activity(conversations).Select(a => new FuzzRequest(a.ToString(), "application/json"))),
        (1, Json(3).Select(j => new FuzzRequest(j.ToString(), "application/json"))),
        (1, Gen.String[Gen.Char, 0, 200].Select(s => new FuzzRequest(s, "application/json"))),
        (1, Activity(conversations).Select(a => new FuzzRequest(a.ToString(), "text/plain"))));

    /// <summary>A mostly well-formed activity (so that turns run), with fields dropped or replaced by random JSON.</summary>
    private static Gen<JObject> Activity(Gen<string> conversations) =>
        Gen.Select(Field(Gen.OneOf(ActivityTypes)), Field(Text), Field(conversations.Select(id => new JObject { ["id"] = id })),
            Field(Gen.OneOf("fuzz-user", "other-user").Select(id => new JObject { ["id"] = id })),
            Field(Gen.Frequency((8, Gen.Const("http://localhost")), (1, Gen.OneOf("https://localhost/x", "ftp://nope", "not a url")))),
            Field(Gen.OneOf("msteams", "webchat", "directline", "emulator")),
            Field(Gen.Select(Gen.OneOf("mention", "clientInfo", "streaminfo", "x"), Gen.String[Gen.Char, 0, 40])
                .Select((type, text) => new JObject { ["type"] = type, ["text"] = text }).Array[0, 3].Select(items => new JArray(items))))
        .Select((type, text, conversation, from, serviceUrl, channel, entities) =>
        {
            var activity = new JObject { ["deliveryMode"] = "expectReplies", ["recipient"] = new JObject { ["id"] = "bot" } };
            Set(activity, "type", type);
            Set(activity, "text", text);
            Set(activity, "conversation", conversation);
            Set(activity, "from", from);
            Set(activity, "serviceUrl", serviceUrl);
            Set(activity, "channelId", channel);
            Set(activity, "entities", entities);
            return activity;
        });

    private static Gen<string> Text => Gen.Frequency(
        (4, Gen.OneOf(Texts)),
        (4, Gen.String[Gen.Char, 0, 300]),
        (1, Gen.String[Gen.Char, 1000, 20_000]),
        (1, Gen.OneOf(Texts).Select(Gen.String[Gen.Char, 0, 30], (known, noise) => known + noise)));

    /// <summary>The plausible value (most of the time), nothing, or any JSON in its place.</summary>
    private static Gen<JToken?> Field<T>(Gen<T> plausible) => Gen.Frequency(
        (20, plausible.Select(value => (JToken?)JToken.FromObject(value!))),
        (1, Gen.Const((JToken?)null)),
        (1, Json(2).Select(json => (JToken?)json)));

    private static Gen<JToken> Json(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.String[Gen.Char, 0, 40].Select(s => (JToken)new JValue(s)),
            Gen.Long.Select(n => (JToken)new JValue(n)),
            Gen.Double.Select(d => (JToken)new JValue(d)),
            Gen.Bool.Select(b => (JToken)new JValue(b)),
            Gen.Const((JToken)JValue.CreateNull()));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Json(depth - 1);
        return Gen.Frequency(
            (3, scalar),
            (1, inner.Array[0, 4].Select(items => (JToken)new JArray(items))),
            (1, Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 8], inner).Array[0, 4].Select(pairs =>
            {
                var json = new JObject();
                foreach (var (key, value) in pairs)
                {
                    json[key] = value;
                }

                return (JToken)json;
            })));
    }

    private static void Set(JObject activity, string name, JToken? value)
    {
        if (value is not null)
        {
            activity[name] = value;
        }
    }

    private sealed record FuzzRequest(string Body, string ContentType);
}
