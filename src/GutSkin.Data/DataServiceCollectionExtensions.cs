using GutSkin.Data.AnswerFeedback;
using GutSkin.Data.Choices;
using GutSkin.Data.Dashboard;
using GutSkin.Data.Leads;
using GutSkin.Data.ProtectionKeys;
using GutSkin.Data.SignupRequests;
using GutSkin.Data.Sql;
using GutSkin.Data.State;
using GutSkin.Data.TurnEvents;
using GutSkin.Data.Unanswered;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Data;

/// <summary>Registers GutSkin storage with dependency injection.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DataOptions"/> from the "Storage" section and validates it at start-up, registers the stores as
    /// singletons (PostgreSQL when <see cref="DataOptions.ConnectionString"/> is set, otherwise the SQLite file), and
    /// creates or migrates the schema when the host starts (or on first use without a host). Leads, turn analytics,
    /// conversation state and unanswered questions older than their retention setting (see <see cref="DataOptions"/>)
    /// are deleted at start and every six hours; signups waiting for e-mail confirmation are deleted after
    /// <see cref="DataOptions.UnconfirmedSignupRetentionDays"/>. Turns record their analytics rows through
    /// <see cref="ITurnEventSink"/>, a hosted background writer that stores them in batches and writes what is queued
    /// when the host stops.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGutSkinData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DataOptions>, DataOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataOptions>, DataOptionsValidator>());

        services.TryAddSingleton(provider => CreateDatabase(provider.GetRequiredService<IOptions<DataOptions>>().Value));
        services.TryAddSingleton<IStateStore>(provider => new StateStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<ILeadStore>(provider => new LeadStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<IFeedbackStore>(provider => new FeedbackStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<IUnansweredQuestionStore>(provider => new UnansweredQuestionStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<ITurnEventStore>(provider => new TurnEventStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<ISignupRequestStore>(provider => new SignupRequestStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<IChosenAlternativeStore>(provider => new ChosenAlternativeStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<IDashboardStore>(provider => new DashboardStore(provider.GetRequiredService<Database>()));
        services.TryAddSingleton<IProtectionKeyStore>(provider => new ProtectionKeyStore(provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<EmailErasure>();
        services.AddHostedService<StorageInitializer>();

        // After StorageInitializer, so it starts once the schema exists and stops (writing what is queued) before it.
        services.TryAddSingleton<TurnEventWriter>();
        services.TryAddSingleton<ITurnEventSink>(provider => provider.GetRequiredService<TurnEventWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TurnEventWriter>(provider => provider.GetRequiredService<TurnEventWriter>()));

        // After StorageInitializer: hosted services start in order, so the schema exists before the first purge.
        // AddLogging only adds what is missing (as AddHttpClient does), so the retention service resolves without a host too.
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LeadRetentionService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EventRetentionService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SignupRequestRetentionService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConversationRetentionService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, UnansweredRetentionService>());
        return services;
    }

    // One database for every store: its pools (PostgreSQL) or its write queue (SQLite) are shared by all of them.
    private static Database CreateDatabase(DataOptions options) => options.UsesPostgres
        ? new PostgresDatabase(options.ConnectionString!)
        : new SqliteDatabase(options.DataDirectory);
}
