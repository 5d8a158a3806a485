using GutSkin.Bot.Conversation;
using GutSkin.Bot.Email;
using GutSkin.Bot.Telemetry;
using GutSkin.Data;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Bots;

/// <summary>The bot for Web Chat, Teams and every other channel. Thin: it turns an activity into a
/// <see cref="UserMessage"/>, lets <see cref="TurnPipeline"/> decide, stores what the turn produced,
/// and turns the replies into activities.</summary>
internal sealed class GutSkinBot(
    ConversationState conversationState,
    UserSignups userSignups,
    TurnPipeline pipeline,
    ILeadStore leads,
    IFeedbackStore feedback,
    IUnansweredQuestionStore unanswered,
    IChosenAlternativeStore chosenAlternatives,
    ITurnEventSink events,
    SignupConfirmationRequests confirmations,
    DeletionRequests deletionRequests,
    TimeProvider time) : TeamsActivityHandler
{
    /// <summary>The kind recorded for a turn that is not about a question (a signup step, help, feedback).</summary>
    public const string OtherKind = "Other";

    private readonly IStatePropertyAccessor<ConversationData> accessor = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // Once per turn. After "delete my data" BotState has dropped its cache, so nothing is written back.
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var data = await accessor.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (!HandledActivities.TryStart(data.HandledActivityIds, activity.Id))
        {
            // A channel's retry of a turn already applied: its replies went out the first time, so nothing is said.
            return;
        }

        var submitted = SignupFormValue.IsSubmit(activity);
        var form = submitted ? SignupFormValue.Read(activity.Value) : null;
        var message = new UserMessage(
            MessageText(activity),
            activity.From?.Id ?? string.Empty,
            activity.ChannelId ?? string.Empty,
            activity.Attachments?.Count > 0,
            activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "channel" or "groupChat",
            activity.Locale,
            form,
            UnreadableForm: submitted && form is null);

        var wasSigningUp = data.Signup.Step != SignupStep.None;
        var result = pipeline.Next(data, message);
        if (!wasSigningUp && data.Signup.Step != SignupStep.None)
        {
            await userSignups.RememberAsync(turnContext, cancellationToken);
        }

        var replies = await StoreAsync(turnContext, message, result, wasSigningUp, cancellationToken);
        var turn = TurnEventOf(result, message);
        events.Record(turn);
        BotMetrics.Record(turn);
        if (result.ShowUserData)
        {
            replies = StoredDataReply.From(
                await leads.ListForUserAsync(message.UserId, cancellationToken),
                await confirmations.ListPendingForUserAsync(message.UserId, cancellationToken),
                data.Signup.Step != SignupStep.None);
        }

        await SendAsync(turnContext, replies, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Count > 0)
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await accessor.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        await SendAsync(turnContext, Welcome.For(data), cancellationToken);
    }

    // Stores what the turn produced; returns the replies to send, which say what the store really did.
    private async Task<IReadOnlyList<Reply>> StoreAsync(ITurnContext turnContext, UserMessage message, TurnResult result, bool wasSigningUp, CancellationToken cancellationToken)
    {
        var replies = result.Replies;
        if (result.DeleteUserData)
        {
            var deletedLeads = await leads.DeleteForUserAsync(message.UserId, cancellationToken);
            var deletedFeedback = await feedback.DeleteForUserAsync(message.UserId, cancellationToken);
            // A "did you mean" choice is a question the visitor asked too.
            var deletedQuestions = await unanswered.DeleteForUserAsync(message.UserId, cancellationToken)
                + await chosenAlternatives.DeleteForUserAsync(message.UserId, cancellationToken);
            var otherSignups = await userSignups.DeleteOthersAsync(turnContext, cancellationToken);
            var unconfirmed = await confirmations.DeleteForUserAsync(message.UserId, cancellationToken);
            await conversationState.DeleteAsync(turnContext, cancellationToken);
            var report = DeletionReport.Describe(deletedLeads, otherSignups + (wasSigningUp ? 1 : 0), deletedFeedback, deletedQuestions, unconfirmed);
            replies = [deletionRequests.Enabled ? report with { Text = $"{report.Text}\n\n{ReplyText.OtherChatsHint}" } : report];
        }

        if (result.DeletionLinkFor is { } address)
        {
            replies = [await deletionRequests.RequestAsync(address, cancellationToken)];
        }

        if (result.Lead is { } pending && confirmations.Enabled)
        {
            // Double opt-in: the lead waits for the mailbox owner's click; the last reply ("on its way") becomes
            // "check your inbox", or says honestly that the email could not be sent.
            replies = [.. replies.SkipLast(1), await confirmations.RequestAsync(pending, cancellationToken)];
        }
        else if (result.Lead is { } lead && await leads.UpsertAsync(lead, cancellationToken) == LeadSaveResult.Kept)
        {
            // Someone else signed up with this address first: their details stay, and this visitor is told so.
            replies = [new Reply(ReplyText.EmailAlreadyUsed, Phrases.Topics)];
        }

        if (result.Feedback is { } given)
        {
            await feedback.AddAsync(given, cancellationToken);
        }

        if (result.Unanswered is { } question)
        {
            await unanswered.RecordAsync(question, cancellationToken);
        }

        if (result.ChosenAlternative is { } choice)
        {
            await chosenAlternatives.RecordAsync(choice, cancellationToken);
        }

        return replies;
    }

    // No text and no user id: only what the dashboard counts.
    private TurnEvent TurnEventOf(TurnResult result, UserMessage message) =>
        new(time.GetUtcNow(), result.Kind?.ToString() ?? OtherKind, result.SectionId, result.Confidence, message.Channel, string.IsNullOrWhiteSpace(message.Locale) ? null : message.Locale);

    private static string MessageText(IMessageActivity activity)
    {
        // In Teams channels the text starts with "<at>GutSkin</at>"; the recipient is missing on some emulators.
        // Not the SDK's RemoveRecipientMention: it throws on a mention without "mentioned" or text, which anyone can send.
        var text = activity.Text ?? string.Empty;
        if (activity.Recipient?.Id is { Length: > 0 } botId)
        {
            foreach (var entity in activity.Entities ?? [])
            {
                if (entity is { Type: { } type, Properties: { } properties }
                    && string.Equals(type, "mention", StringComparison.OrdinalIgnoreCase)
                    && properties["mentioned"] is JObject mentioned
                    && mentioned["id"] is JValue { Type: JTokenType.String, Value: string id }
                    && id == botId
                    && properties["text"] is JValue { Type: JTokenType.String, Value: string { Length: > 0 } mention })
                {
                    text = text.Replace(mention, string.Empty, StringComparison.Ordinal);
                }
            }
        }

        return text;
    }

    private static Task SendAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        replies.Count == 0
            ? Task.CompletedTask
            : turnContext.SendActivitiesAsync([.. replies.Select(ReplyActivity.From)], cancellationToken);
}
