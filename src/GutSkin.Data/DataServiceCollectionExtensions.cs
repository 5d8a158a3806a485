using GutSkin.Data.Postgres;
using GutSkin.Data.Sqlite;
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
    /// <see cref="DataOptions.UnconfirmedSignupRetentionDays"/>.
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

        services.TryAddSingleton(provider => CreateBackend(provider.GetRequiredService<IOptions<DataOptions>>().Value));
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateStateStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateLeadStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateFeedbackStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateUnansweredQuestionStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateTurnEventStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateSignupRequestStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateChosenAlternativeStore());
        services.TryAddSingleton(provider => provider.GetRequiredService<IStorageBackend>().CreateDashboardStore());
        services.AddHostedService<StorageInitializer>();

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

    private static IStorageBackend CreateBackend(DataOptions options) => options.UsesPostgres
        ? new PostgresBackend(new PostgresDatabase(options.ConnectionString!))
        : new SqliteBackend(new SqliteDatabase(options.DataDirectory));
}
