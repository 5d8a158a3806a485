using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>The trial signup as one Adaptive Card form, through the SDK's TestAdapter with the real knowledge folder
/// and a real SQLite file: the card, errors next to the fields, the summary, and submits that must store nothing.</summary>
public sealed class SignupFormTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    [InlineData("emulator")]
    public async Task TrialRequest_OnAChannelWithCards_SendsOneLabelledFormCard(string channel)
    {
        var conversation = fixture.StartConversation(channel);
        var trial = fixture.Knowledge.Current.Offers!.Trial;

        var turn = await conversation.SayAsync("sign me up for the trial");

        Assert.Contains(trial.SignupWording!, turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What's your name?", turn.Text, StringComparison.Ordinal);
        var card = Assert.Single(FormCards(turn));
        Assert.Equal("1.5", (string?)card["version"]);
        var inputs = Inputs(card);
        Assert.Equal(["name", "email", "age", "street", "postcode", "country", "phone", "marketingConsent"], inputs.Select(i => (string?)i["id"]));
        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace((string?)input["label"]), $"{input["id"]} has no label"));

        // Web Chat's hidden screen-reader copy of the card names a text input by its placeholder alone.
        Assert.All(inputs.Where(i => (string?)i["type"] == "Input.Text"), input => Assert.False(string.IsNullOrWhiteSpace((string?)input["placeholder"]), $"{input["id"]} has no placeholder"));
        var consent = inputs.Single(i => (string?)i["id"] == "marketingConsent");
        Assert.Equal("Input.Toggle", (string?)consent["type"]);
        Assert.Equal("false", (string?)consent["value"]);
        Assert.Equal(trial.ConsentWording, (string?)consent["title"]);
        var submit = Assert.Single(card["actions"]!);
        Assert.Equal("Action.Submit", (string?)submit["type"]);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("slack")]
    [InlineData("console")]
    public async Task TrialRequest_OnAChannelWithoutCards_AsksTheTextSteps(string channel)
    {
        var conversation = fixture.StartConversation(channel);

        var turn = await conversation.SayAsync("sign me up for the trial");

        Assert.Contains("What's your name?", turn.Text, StringComparison.Ordinal);
        Assert.Empty(FormCards(turn));
    }

    [Fact]
    public async Task Form_WithBadPostcodeAndMistypedEmail_ShowsErrorsNextToTheFieldsThenStoresTheCorrectedLead()
    {
        var conversation = fixture.StartConversation("webchat");
        var trial = fixture.Knowledge.Current.Offers!.Trial;
        var email = $"jane.form.{Guid.NewGuid():N}@gmial.com";
        await conversation.SayAsync("sign me up for the trial");

        var errors = await conversation.SendAsync(Submit(Form(email, postcode: "123"), $"bad-{Guid.NewGuid():N}"));

        var card = Assert.Single(FormCards(errors));
        var body = card["body"]!.ToList();
        Assert.Equal("123", Value(card, "postcode"));
        Assert.Equal(email, Value(card, "email"));
        Assert.Equal("Jane Smith", Value(card, "name"));
        Assert.Contains("postcode in United Kingdom", ErrorUnder(body, "postcode"), StringComparison.Ordinal);
        Assert.Contains($"Did you mean {email.Replace("gmial", "gmail", StringComparison.Ordinal)}?", ErrorUnder(body, "email"), StringComparison.Ordinal);
        Assert.Null(ErrorUnder(body, "name"));
        Assert.Contains(Inputs(card), i => (string?)i["id"] == "emailCheck");
        Assert.Empty(await LeadsOf(conversation));

        var corrected = email.Replace("gmial", "gmail", StringComparison.Ordinal);
        var summary = await conversation.SendAsync(Submit(Form(email, postcode: "BS1 4DJ", emailCheck: corrected, consent: true), $"good-{Guid.NewGuid():N}"));
        Assert.Contains("Please check your details", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Aged 18 or over: yes", summary.Text, StringComparison.Ordinal);
        Assert.Equal([Phrases.Yes, Phrases.Cancel], summary.SuggestedActions);

        var done = await conversation.SayAsync("yes");

        Assert.Contains("Thank you, Jane Smith", done.Text, StringComparison.Ordinal);
        var lead = Assert.Single(await LeadsOf(conversation));
        Assert.Equal(corrected, lead.Email);
        Assert.Equal("12 High Street, Bristol, BS1 4DJ, United Kingdom", lead.Address);
        Assert.Null(lead.Phone);
        Assert.True(lead.AgeConfirmed);
        Assert.True(lead.MarketingConsent);
        Assert.NotNull(lead.ConsentAt);
        Assert.Equal(trial.ConsentVersion, lead.ConsentVersion);
        Assert.Equal("webchat", lead.Channel);
    }

    [Fact]
    public async Task Form_SubmittedAgainAfterTheSignupEnded_IsRefusedAndStoresNoSecondLead()
    {
        var conversation = fixture.StartConversation("msteams");
        var email = $"jane.again.{Guid.NewGuid():N}@example.com";
        await conversation.SayAsync("sign me up for the trial");
        await conversation.SendAsync(Submit(Form(email), "first"));
        await conversation.SayAsync("yes");

        var again = await conversation.SendAsync(Submit(Form(email) with { }, "second"));

        Assert.Contains(ReplyText.FormNotWaiting, again.Text, StringComparison.Ordinal);
        Assert.Single(await LeadsOf(conversation));
    }

    [Fact]
    public async Task Form_ByAMinor_EndsTheSignupWithoutALead()
    {
        var conversation = fixture.StartConversation("webchat");
        await conversation.SayAsync("sign me up for the trial");

        var turn = await conversation.SendAsync(Submit(Form($"young.{Guid.NewGuid():N}@example.com", age: "almost 18"), "minor"));
        var yes = await conversation.SayAsync("yes");

        Assert.Contains("only for adults aged 18 or over", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you", yes.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
    }

    public static TheoryData<string> GarbledValues =>
    [
        "\"just a string\"",
        "[1, 2, 3]",
        "{}",
        """{ "form": "something-else" }""",
        """{ "form": "trial-signup", "name": { "first": "Jane" } }""",
        """{ "form": "trial-signup", "email": ["a@b.com"] }""",
        """{ "form": { "nested": true } }""",
        "42",
    ];

    [Theory]
    [MemberData(nameof(GarbledValues))]
    public async Task Form_WithGarbledValue_GetsAFriendlyReplyAndTheSignupGoesOn(string json)
    {
        var conversation = fixture.StartConversation("webchat");
        await conversation.SayAsync("sign me up for the trial");
        var value = JToken.Parse(json);

        var turn = await conversation.SendAsync(new Activity(ActivityTypes.Message) { Value = value is JValue plain ? plain.Value : value });
        var next = await conversation.SendAsync(Submit(Form($"jane.garbled.{Guid.NewGuid():N}@example.com"), "after"));

        Assert.Contains(ReplyText.FormUnreadable, turn.Text, StringComparison.Ordinal);
        Assert.Single(FormCards(turn));
        Assert.Contains("Please check your details", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_WithAHugeField_IsUnreadableNotACrash()
    {
        var conversation = fixture.StartConversation("webchat");
        await conversation.SayAsync("sign me up for the trial");

        var turn = await conversation.SendAsync(Submit(Form("jane@example.com") with { Age = new string('9', 5000) }, "huge"));

        Assert.Contains(ReplyText.FormUnreadable, turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_WithARedFlagInAField_GetsOnlyTheUrgentReply()
    {
        var conversation = fixture.StartConversation("webchat");
        await conversation.SayAsync("sign me up for the trial");

        var turn = await conversation.SendAsync(Submit(Form("jane@example.com") with { Street = "I can't breathe and my chest hurts" }, "urgent"));

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("now", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task TypedTextWhileTheFormWaits_PointsAtTheFormAndCancelStillWorks()
    {
        var conversation = fixture.StartConversation("webchat");
        await conversation.SayAsync("sign me up for the trial");

        var typed = await conversation.SayAsync("Jane Smith");
        var cancelled = await conversation.SayAsync("cancel");
        var late = await conversation.SendAsync(Submit(Form("jane.late@example.com"), "late"));

        Assert.Contains(ReplyText.FormTypedInstead, typed.Text, StringComparison.Ordinal);
        Assert.Contains("stopped the signup", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains(ReplyText.FormNotWaiting, late.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
    }

    private sealed record FormValues(string Name, string Email, string Age, string Street, string Postcode, string Country, string Phone, bool Consent, string EmailCheck);

    private static FormValues Form(string email, string postcode = "BS1 4DJ", string age = "34", string emailCheck = "", bool consent = false) =>
        new("Jane Smith", email, age, "12 High Street, Bristol", postcode, "GB", string.Empty, consent, emailCheck);

    // What Web Chat and Teams send for Action.Submit: the inputs' values merged with the action's data, and no text.
    private static Activity Submit(FormValues form, string id) => new(ActivityTypes.Message)
    {
        Id = id,
        Value = new JObject
        {
            ["form"] = "trial-signup",
            ["name"] = form.Name,
            ["email"] = form.Email,
            ["age"] = form.Age,
            ["street"] = form.Street,
            ["postcode"] = form.Postcode,
            ["country"] = form.Country,
            ["phone"] = form.Phone,
            ["marketingConsent"] = form.Consent ? "true" : "false",
            ["emailCheck"] = form.EmailCheck,
        },
    };

    private static List<JObject> FormCards(Turn turn) =>
        [.. turn.Replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive").Select(a => JObject.FromObject(a.Content))];

    private static List<JToken> Inputs(JObject card) =>
        [.. card["body"]!.Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)];

    private static string? Value(JObject card, string id) => (string?)Inputs(card).Single(i => (string?)i["id"] == id)["value"];

    // The attention-coloured text right under the input (after the "did you mean" choice, for the email).
    private static string? ErrorUnder(List<JToken> body, string id)
    {
        var index = body.FindIndex(e => (string?)e["id"] == id);
        var next = body[index + 1];
        return (string?)next["type"] == "TextBlock" && (string?)next["color"] == "attention" ? (string?)next["text"] : null;
    }

    private Task<IReadOnlyList<GutSkin.Data.Lead>> LeadsOf(BotConversation conversation) =>
        fixture.Leads.ListForUserAsync(conversation.UserId, CancellationToken.None);
}
