using GutSkin.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GutSkin.Data;

/// <summary>Registers GutSkin storage with dependency injection.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DataOptions"/> from the "Storage" section and validates it at start-up, registers the SQLite
    /// stores as singletons, and creates or migrates the schema when the host starts (or on first use without a host).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGutSkinData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.Section)
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.DataDirectory),
                $"{DataOptions.Section}:{nameof(DataOptions.DataDirectory)} must name the folder that holds {SqliteDatabase.FileName}.")
            .ValidateOnStart();

        services.TryAddSingleton(provider =>
            new SqliteDatabase(provider.GetRequiredService<IOptions<DataOptions>>().Value.DataDirectory));
        services.TryAddSingleton<IStateStore, SqliteStateStore>();
        services.TryAddSingleton<ILeadStore, SqliteLeadStore>();
        services.TryAddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        services.TryAddSingleton<IUnansweredQuestionStore, SqliteUnansweredQuestionStore>();
        services.AddHostedService<SqliteDatabaseInitializer>();
        return services;
    }
}
