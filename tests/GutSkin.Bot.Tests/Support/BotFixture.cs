using GutSkin.Bot.Bots;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Email;
using GutSkin.Bot.Storage;
using GutSkin.Data;
using GutSkin.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GutSkin.Bot.Tests.Support;

/// <summary>The real pieces, once per test class: the repository's knowledge folder and a SQLite file in a temp folder.
/// Every conversation gets its own conversation and user ids, so tests do not see each other's state.</summary>
public sealed class BotFixture : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly ServiceProvider services;

    public BotFixture()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:DataDirectory", data.Path)])
            .Build();
        services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddGutSkinData()
            .BuildServiceProvider();
        Knowledge = LiveKnowledge.Load(Repository.KnowledgeDirectory);
        var storage = new DataStateStorage(StateStore);
        ConversationState = new ConversationState(storage);
        UserSignups = new UserSignups(new UserState(storage), storage);
    }

    /// <summary>A channel without Adaptive Cards (SMS), where the trial signup is asked one question at a time; on
    /// Web Chat and Teams it is one form card (see SignupFormTests).</summary>
    internal const string TextChannel = "sms";

    /// <summary>What the bot tells visitors who ask for a person.</summary>
    internal const string BrandContact = "Email care@example.com and a person will answer within a day.";

    internal LiveKnowledge Knowledge { get; }

    internal ConversationState ConversationState { get; }

    internal UserSignups UserSignups { get; }

    internal IStateStore StateStore => services.GetRequiredService<IStateStore>();

    internal ILeadStore Leads => services.GetRequiredService<ILeadStore>();

    internal IFeedbackStore Feedback => services.GetRequiredService<IFeedbackStore>();

    internal IUnansweredQuestionStore Unanswered => services.GetRequiredService<IUnansweredQuestionStore>();

    internal ITurnEventStore Events => services.GetRequiredService<ITurnEventStore>();

    /// <summary>Where the bots record their turn rows; <see cref="ITurnEventSink.FlushAsync"/> before reading <see cref="Events"/>.</summary>
    internal ITurnEventSink EventSink => services.GetRequiredService<ITurnEventSink>();

    internal IChosenAlternativeStore ChosenAlternatives => services.GetRequiredService<IChosenAlternativeStore>();

    internal IDashboardStore Dashboard => services.GetRequiredService<IDashboardStore>();

    internal BotConversation StartConversation(string channel = "webchat", string? userId = null, ITurnEventSink? events = null) =>
        new(CreateBot(events), channel, userId);

    internal GutSkinBot CreateBot(ITurnEventSink? events = null) =>
        new(ConversationState, UserSignups, new TurnPipeline(Knowledge, TimeProvider.System, Brand), Leads, Feedback, Unanswered, ChosenAlternatives, events ?? EventSink, EmailOff(), DeletionByEmailOff(), TimeProvider.System);

    private static Microsoft.Extensions.Options.IOptions<BrandOptions> Brand => Microsoft.Extensions.Options.Options.Create(new BrandOptions { Contact = BrandContact });

    // E-mail confirmation off, as in local use: leads are stored when the summary is confirmed.
    private SignupConfirmationRequests EmailOff()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new EmailOptions());
        return new SignupConfirmationRequests(
            options,
            services.GetRequiredService<ISignupRequestStore>(),
            new SignupLinks(options),
            new SmtpMailer(options),
            Knowledge,
            TimeProvider.System,
            NullLogger<SignupConfirmationRequests>.Instance);
    }

    private DeletionRequests DeletionByEmailOff()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new EmailOptions());
        return new DeletionRequests(options, Brand, Leads, new DeletionLinks(options), new SmtpMailer(options), TimeProvider.System, NullLogger<DeletionRequests>.Instance);
    }

    public void Dispose()
    {
        Knowledge.Dispose();
        services.Dispose();
        data.Dispose();
    }
}
