using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Conversations through the SDK's TestAdapter and TestFlow, with the real knowledge folder and a real SQLite file.</summary>
public sealed class GutSkinBotTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const string EczemaTitle = "What is the Link Between Gut Health and Eczema?";
    private const string EczemaQuestion = "Is eczema linked to gut health?";

    [Fact]
    public async Task Welcome_WhenUserJoins_SaysWhatItDoesAndNotMedicalAdviceWithTopics()
    {
        var conversation = fixture.StartConversation();

        await conversation.Flow()
            .Send(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount(conversation.UserId, "Jane")] })
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.Contains("eczema, psoriasis, probiotics, diet and stress", message.Text, StringComparison.Ordinal);
                Assert.Contains("not medical advice", message.Text, StringComparison.Ordinal);
                Assert.Equal(["Eczema", "Psoriasis", "Probiotics", "Diet"], message.SuggestedActions.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Welcome_WhenOnlyTheBotJoins_WaitsForTheUserAndIsSentOnce()
    {
        var conversation = fixture.StartConversation();
        var user = new ChannelAccount(conversation.UserId, "Jane");

        var botJoined = await conversation.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("bot", "GutSkin")] });
        var userJoined = await conversation.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [user] });
        var userJoinedAgain = await conversation.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [user] });

        Assert.Empty(botJoined.Replies);
        Assert.Single(userJoined.Replies);
        Assert.Empty(userJoinedAgain.Replies);
    }

    [Fact]
    public async Task Welcome_WhenInstalledInTeams_IsSent()
    {
        var conversation = fixture.StartConversation("msteams");

        var turn = await conversation.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = "add" });

        Assert.Contains("not medical advice", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_AboutEczema_AnswersWithPassageAndSource()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync(EczemaQuestion);

        Assert.Contains($"From: {EczemaTitle}", turn.Text, StringComparison.Ordinal);
        Assert.Contains("not medical advice", turn.Text, StringComparison.Ordinal);
        Assert.Contains(Phrases.TellMeMore, turn.SuggestedActions);
        Assert.Contains(Phrases.Helpful, turn.SuggestedActions);
    }

    [Fact]
    public async Task Question_Answered_SuggestsFollowUpsFromRelatedSections()
    {
        var conversation = fixture.StartConversation();
        var related = fixture.Knowledge.Current.FindSection("eczema")!.Related
            .Select(id => fixture.Knowledge.Current.FindSection(id)!.Questions[0]);

        var turn = await conversation.SayAsync("Eczema");

        Assert.Contains(turn.SuggestedActions, action => related.Contains(action));
    }

    [Fact]
    public async Task TellMeMore_AfterAnswer_ShowsWholeSection()
    {
        var conversation = fixture.StartConversation();
        var section = fixture.Knowledge.Current.FindSection("eczema")!;
        await conversation.SayAsync(EczemaQuestion);

        var turn = await conversation.SayAsync(Phrases.TellMeMore);

        foreach (var passage in section.Passages)
        {
            Assert.Contains(passage, turn.Text, StringComparison.Ordinal);
        }

        Assert.Contains($"From: {EczemaTitle}", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellMeMore_BeforeAnyAnswer_AsksForAQuestion()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync(Phrases.TellMeMore);

        Assert.Contains("Ask me a question first", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DidYouMean_ChoosingAnAlternative_AnswersFromThatSection()
    {
        var conversation = fixture.StartConversation();
        var asked = await conversation.SayAsync("gut health eczema psoriasis");
        Assert.Contains("did you mean", asked.Text, StringComparison.Ordinal);
        Assert.Contains(Phrases.NoneOfThese, asked.SuggestedActions);
        var alternative = asked.SuggestedActions[3];

        var chosen = await conversation.SayAsync(alternative);

        Assert.Contains($"From: {alternative}", chosen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DidYouMean_ChoosingAnAlternative_RecordsTheQuestionAndTheChosenSectionForSuggestions()
    {
        var conversation = fixture.StartConversation();
        var asked = await conversation.SayAsync("gut health eczema psoriasis");
        var alternative = asked.SuggestedActions[3];
        var section = fixture.Knowledge.Current.Sections.Single(s => s.Title == alternative);

        await conversation.SayAsync(alternative);

        var chosen = await fixture.Dashboard.ChosenAlternativesAsync(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Single(chosen, c => c.SectionId == section.Id && c.Question == "gut health eczema psoriasis");
        Assert.Equal(1, await fixture.ChosenAlternatives.DeleteForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task DidYouMean_NoneOfThese_RecordsTheQuestionForContentStaff()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAsync("gut health eczema psoriasis");

        var turn = await conversation.SayAsync(Phrases.NoneOfThese);

        Assert.Contains("put it another way", turn.Text, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.Unanswered.DeleteForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task NoAnswer_SaysSoListsTopicsAndRecordsRedactedQuestion()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("What is the best laptop for gaming? Email me at jane.doe@example.com");

        Assert.Contains("I don't have an answer to that in our articles", turn.Text, StringComparison.Ordinal);
        Assert.Contains(EczemaTitle, turn.Text, StringComparison.Ordinal);
        Assert.Equal(Phrases.Topics, turn.SuggestedActions);
        var recorded = await fixture.Unanswered.SummaryAsync(CancellationToken.None);
        Assert.Contains(recorded, q => q.Question.Contains("laptop", StringComparison.OrdinalIgnoreCase) && q.Question.Contains("[email]", StringComparison.Ordinal));
        Assert.DoesNotContain(recorded, q => q.Question.Contains("jane.doe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Urgent_GetsOnlyUrgentCareMessage()
    {
        var conversation = fixture.StartConversation();

        await conversation.Flow()
            .Send("I have chest pain and can't breathe")
            .AssertReply(reply =>
            {
                var message = reply.AsMessageActivity();
                Assert.Contains("emergency", message.Text, StringComparison.Ordinal);
                Assert.Null(message.SuggestedActions);
                Assert.Empty(message.Attachments ?? []);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Urgent_ThenAnsweredQuestion_NeverOffers()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAsync("I have chest pain and can't breathe");

        var turn = await conversation.SayAsync(EczemaQuestion);

        Assert.Contains($"From: {EczemaTitle}", turn.Text, StringComparison.Ordinal);
        Assert.Empty(turn.Cards);
    }

    [Theory]
    [InlineData("How many probiotic capsules should I take a day?")]
    [InlineData("Can I take probiotics while pregnant?")]
    public async Task ClinicianQuestion_IsReferredToAClinician(string question)
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync(question);

        Assert.Contains("doctor, pharmacist or midwife", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("From:", turn.Text, StringComparison.Ordinal);
        Assert.Empty(turn.Cards);
    }

    [Fact]
    public async Task Offer_AfterFirstUsefulAnswer_IsMadeOnceWithOffersYmlWording()
    {
        var conversation = fixture.StartConversation();
        var offers = fixture.Knowledge.Current.Offers!;

        var first = await conversation.SayAsync(EczemaQuestion);
        var second = await conversation.SayAsync("Is psoriasis linked to gut health?");

        Assert.Contains(first.Cards, card => card.Title == offers.Guide.Title && card.Text == offers.Guide.Pitch);
        Assert.Contains(first.Cards, card => card.Title == offers.Trial.Title);
        Assert.Contains(offers.Guide.Url, first.Text, StringComparison.Ordinal);
        Assert.Empty(second.Cards);
    }

    [Fact]
    public async Task Offer_BeforeAnyAnswer_IsNotMade()
    {
        var conversation = fixture.StartConversation();

        var greeting = await conversation.SayAsync("hello");
        var notFound = await conversation.SayAsync("What is the best laptop for gaming?");

        Assert.Empty(greeting.Cards);
        Assert.Empty(notFound.Cards);
    }

    [Fact]
    public async Task Offer_NoThanks_IsRespectedForTheRestOfTheConversation()
    {
        var conversation = fixture.StartConversation();

        var declined = await conversation.SayAsync(Phrases.NoThanks);
        var answer = await conversation.SayAsync(EczemaQuestion);

        Assert.Contains("won't mention them again", declined.Text, StringComparison.Ordinal);
        Assert.Contains($"From: {EczemaTitle}", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Cards);
    }

    [Fact]
    public async Task Guide_AskedDirectly_IsALinkCardWithoutOptIn()
    {
        var conversation = fixture.StartConversation();
        var guide = fixture.Knowledge.Current.Offers!.Guide;

        var turn = await conversation.SayAsync("send me the guide");

        var card = Assert.Single(turn.Cards);
        Assert.Equal(guide.Title, card.Title);
        Assert.Equal(ActionTypes.OpenUrl, Assert.Single(card.Buttons).Type);
        Assert.Equal(guide.Url, card.Buttons[0].Value);
    }

    [Fact]
    public async Task Signup_FullByText_StoresOneLeadWithConsentTimeAndVersion()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        var trial = fixture.Knowledge.Current.Offers!.Trial;

        var start = await conversation.SayAsync("sign me up for the trial");
        var done = await conversation.SayAllAsync(
            "Jane Smith",
            "sure, it's jane.signup@example.com",
            "12 High Street, Bristol, BS1 4DJ",
            "07700 900123",
            "I'm 34",
            "yes",
            "yes");

        Assert.Contains(trial.SignupWording!, start.Text, StringComparison.Ordinal);
        Assert.Contains("What's your name?", start.Text, StringComparison.Ordinal);
        Assert.Contains("Thank you, Jane Smith", done.Text, StringComparison.Ordinal);
        var lead = Assert.Single(await LeadsOf(conversation));
        Assert.Equal("trial", lead.Offer);
        Assert.Equal("jane.signup@example.com", lead.Email);
        Assert.Equal("12 High Street, Bristol, BS1 4DJ", lead.Address);
        Assert.Equal("07700 900123", lead.Phone);
        Assert.True(lead.AgeConfirmed);
        Assert.True(lead.MarketingConsent);
        Assert.NotNull(lead.ConsentAt);
        Assert.Equal(trial.ConsentVersion, lead.ConsentVersion);
        Assert.Equal(BotFixture.TextChannel, lead.Channel);
    }

    [Fact]
    public async Task Signup_WithInvalidEmailThreeTimes_EndsGracefully()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane");

        var first = await conversation.SayAsync("not an email");
        await conversation.SayAsync("jane at example");
        var third = await conversation.SayAsync("still no");
        var after = await conversation.SayAsync("Jane");

        Assert.Contains("jane@example.com", first.Text, StringComparison.Ordinal);
        Assert.Contains("stopped the signup", third.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("email address", after.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("stop")]
    public async Task Signup_Cancel_LeavesTheFlowAndDiscardsWhatWasTyped(string word)
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.cancel@example.com");

        var cancelled = await conversation.SayAsync(word);
        var restarted = await conversation.SayAsync("sign me up for the trial");

        Assert.Contains("stopped the signup", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains("What's your name?", restarted.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
    }

    [Fact]
    public async Task Signup_QuestionMidFlow_IsAnsweredAndFlowResumes()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane");

        var question = await conversation.SayAsync(EczemaQuestion);
        var resumed = await conversation.SayAsync("jane.midflow@example.com");

        Assert.Contains($"From: {EczemaTitle}", question.Text, StringComparison.Ordinal);
        Assert.Contains("back to your free trial signup", question.Text, StringComparison.Ordinal);
        Assert.Contains("email address", question.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("shipping address", resumed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_RedFlagTypedAsAnAnswer_GetsOnlyUrgentCare()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane");

        var turn = await conversation.SayAsync("my face and throat are swelling up");

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("emergency", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("email", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await LeadsOf(conversation));
    }

    [Fact]
    public async Task Signup_GuideAskedForMidFlow_IsSentAndFlowResumes()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane");

        var guide = await conversation.SayAsync("send me the guide");
        var resumed = await conversation.SayAsync("jane.guide@example.com");

        Assert.Contains("free guide", guide.Text, StringComparison.Ordinal);
        Assert.Contains("email address", guide.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("shipping address", resumed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm 16")]
    [InlineData("born 3 March 2015")]
    [InlineData("I'm under 18")]
    [InlineData("almost 18")]
    [InlineData("turning 18 next month")]
    [InlineData("18 next year")]
    public async Task Signup_AgeUnder18_EndsWithoutLead(string age)
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.young@example.com", "12 High Street, Bristol, BS1 4DJ", "skip");

        var turn = await conversation.SayAsync(age);

        Assert.Contains("only for adults aged 18 or over", turn.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("old enough")]
    public async Task Signup_AgeNotClear_IsAskedAgain(string answer)
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.unclear@example.com", "12 High Street, Bristol, BS1 4DJ", "skip");

        var unclear = await conversation.SayAsync(answer);
        var clear = await conversation.SayAsync("I'm 34");

        Assert.Contains("couldn't read your age", unclear.Text, StringComparison.Ordinal);
        Assert.Contains("One last, separate question", clear.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_ConsentNo_StillGetsTheTrialWithoutMarketing()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        var trial = fixture.Knowledge.Current.Offers!.Trial;
        await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.noconsent@example.com", "12 High Street, Bristol, BS1 4DJ", "skip", "born 3 March 1990");

        var consent = await conversation.SayAsync("no");
        await conversation.SayAsync("yes");

        Assert.Contains("Emails with tips and offers: no", consent.Text, StringComparison.Ordinal);
        var lead = Assert.Single(await LeadsOf(conversation));
        Assert.False(lead.MarketingConsent);
        Assert.Null(lead.Phone);
        Assert.Equal(trial.ConsentVersion, lead.ConsentVersion);
    }

    [Fact]
    public async Task Signup_ConsentQuestion_UsesOffersYmlWordingWithNoDefault()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        var trial = fixture.Knowledge.Current.Offers!.Trial;

        var turn = await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.wording@example.com", "12 High Street, Bristol, BS1 4DJ", "skip", "34");
        var unclear = await conversation.SayAsync("maybe");

        Assert.Contains(trial.ConsentWording!, turn.Text, StringComparison.Ordinal);
        Assert.Contains("Please answer yes or no", unclear.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_ThumbsDown_IsStoredWithQuestionAndSection()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAsync(EczemaQuestion);

        var turn = await conversation.SayAsync(Phrases.NotHelpful);

        Assert.Contains("improve our articles", turn.Text, StringComparison.Ordinal);
        var summary = await fixture.Feedback.SummaryAsync(CancellationToken.None);
        Assert.Contains(summary, s => s.SectionId == "eczema" && s.NotHelpful >= 1);
    }

    [Fact]
    public async Task DeleteMyData_RemovesLeadFeedbackAndStateAndSaysSo()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane", "jane.delete@example.com", "12 High Street, Bristol, BS1 4DJ", "skip", "34", "no", "yes");
        await conversation.SayAllAsync(EczemaQuestion, Phrases.Helpful);
        Assert.Single(await LeadsOf(conversation));

        var asked = await conversation.SayAsync("delete my data");
        Assert.Single(await LeadsOf(conversation));
        var turn = await conversation.SayAsync(VisitorDataRequests.ConfirmDelete);
        var afterwards = await conversation.SayAsync(EczemaQuestion);

        Assert.Contains("Are you sure?", asked.Text, StringComparison.Ordinal);
        Assert.Contains("I've deleted", turn.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(conversation));
        Assert.Equal(0, await fixture.Feedback.DeleteForUserAsync(conversation.UserId, CancellationToken.None));

        // The state went with it: the conversation starts again with the disclaimer and the offer.
        Assert.Contains("not medical advice", afterwards.Text, StringComparison.Ordinal);
        Assert.NotEmpty(afterwards.Cards);
    }

    [Fact]
    public async Task Signup_SameEmailFromAnotherVisitor_KeepsTheFirstVisitorsDetailsAndDeletesOnlyOwnData()
    {
        var first = fixture.StartConversation(BotFixture.TextChannel);
        var second = fixture.StartConversation(BotFixture.TextChannel);
        await first.SayAllAsync("sign me up for the trial", "Ann Smith", "ann.shared@example.com", "1 High Street, Leeds, LS1 1AA", "skip", "34", "no", "yes");

        var taken = await second.SayAllAsync("sign me up for the trial", "Mallory", "ann.shared@example.com", "9 Other Road, York, YO1 7HH", "skip", "40", "no", "yes");
        var secondDeletes = await second.SayAllAsync("delete my data", VisitorDataRequests.ConfirmDelete);

        Assert.Contains("already been used for the free trial", taken.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("your trial signup", secondDeletes.Text, StringComparison.Ordinal);
        var lead = Assert.Single(await LeadsOf(first));
        Assert.Equal("Ann Smith", lead.Name);
        Assert.Equal("1 High Street, Leeds, LS1 1AA", lead.Address);
        Assert.Empty(await LeadsOf(second));

        var firstDeletes = await first.SayAllAsync("delete my data", VisitorDataRequests.ConfirmDelete);

        Assert.Contains("your trial signup", firstDeletes.Text, StringComparison.Ordinal);
        Assert.Empty(await LeadsOf(first));
    }

    [Fact]
    public async Task DeleteMyData_FromAnotherConversation_AlsoDeletesTheSignupInProgress()
    {
        var userId = $"user-{Guid.NewGuid():N}";
        var signingUp = fixture.StartConversation(BotFixture.TextChannel, userId);
        var elsewhere = fixture.StartConversation(BotFixture.TextChannel, userId);
        await signingUp.SayAllAsync("sign me up for the trial", "Jane Smith", "jane.inprogress@example.com", "12 High Street, Bristol, BS1 4DJ");

        var deleted = await elsewhere.SayAllAsync("delete my data", VisitorDataRequests.ConfirmDelete);
        var stateLeft = await fixture.StateStore.ReadAsync([$"{BotFixture.TextChannel}/conversations/{signingUp.Adapter.Conversation.Conversation.Id}"], CancellationToken.None);
        var afterwards = await signingUp.SayAsync("07700 900123");

        Assert.Contains("the signup you hadn't finished", deleted.Text, StringComparison.Ordinal);
        Assert.Empty(stateLeft);
        Assert.DoesNotContain("How old are you", afterwards.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_WithNothingStored_SaysSo()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAllAsync("delete my data", VisitorDataRequests.ConfirmDelete);

        Assert.Contains("I had nothing else stored about you", turn.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi", "What would you like to know")]
    [InlineData("thanks", "You're welcome")]
    [InlineData("help", "Ask a question in your own words")]
    [InlineData("what can you do", "Ask a question in your own words")]
    [InlineData("topics", "Ask a question in your own words")]
    public async Task SmallTalk_IsUnderstood(string text, string expected)
    {
        var conversation = fixture.StartConversation();
        await conversation.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount(conversation.UserId)] });

        var turn = await conversation.SayAsync(text);

        Assert.Contains(expected, turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartOver_ForgetsTheConversationAndWelcomesAgain()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync(EczemaQuestion, "sign me up for the trial", "Jane");

        var turn = await conversation.SayAsync("start over");
        var answer = await conversation.SayAsync(EczemaQuestion);

        Assert.Contains("not medical advice", turn.Text, StringComparison.Ordinal);
        Assert.Contains($"From: {EczemaTitle}", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Cards);
    }

    [Fact]
    public async Task BadInput_EmptyLongAttachmentsAndUnknownTypes_GetFriendlyRepliesOrNothing()
    {
        var conversation = fixture.StartConversation();

        var empty = await conversation.SayAsync("   ");
        var longText = await conversation.SayAsync(new string('a', 50_000));
        var attachmentOnly = await conversation.SendAsync(new Activity(ActivityTypes.Message)
        {
            Attachments = [new Attachment("image/png", "https://example.com/rash.png")],
        });
        var unknown = await conversation.SendAsync(new Activity("somethingNew"));

        Assert.Contains("didn't catch that", empty.Text, StringComparison.Ordinal);
        Assert.Contains("long message", longText.Text, StringComparison.Ordinal);
        Assert.Contains("only read text", attachmentOnly.Text, StringComparison.Ordinal);
        Assert.Empty(unknown.Replies);
    }

    [Fact]
    public async Task Answers_NeverClaimLifeGreensTreatsOrCures()
    {
        var conversation = fixture.StartConversation();

        var disclaimer = fixture.Knowledge.Current.Offers!.Trial.Disclaimer!;

        var turn = await conversation.SayAsync("Does Life Greens cure eczema?");

        Assert.DoesNotMatch(@"Life Greens (treats|cures|heals|helps)", turn.Text);
        Assert.Contains(disclaimer, turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What's your name?", turn.Text, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<GutSkin.Data.Lead>> LeadsOf(BotConversation conversation) =>
        (await fixture.Leads.ListAsync(CancellationToken.None)).Where(l => l.UserId == conversation.UserId).ToList();
}
