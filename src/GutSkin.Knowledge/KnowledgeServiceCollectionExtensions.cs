using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Knowledge;

/// <summary>Registers the knowledge engine with dependency injection, the same way for the bot, the CLI, the tests and the benchmarks.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="KnowledgeOptions"/> from the "Knowledge" section (the default folder filled in by
    /// <see cref="KnowledgeFolder.Default"/>) and validates it at start-up, registers <see cref="LiveKnowledge"/> as a
    /// singleton loaded from those settings, and, while a host runs, watches the folder so that a good edit goes live,
    /// a broken one is logged with file and line, and a folder gone missing keeps the last good version live.
    /// </summary>
    /// <param name="services">The service collection; it must hold an <c>IConfiguration</c>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGutSkinKnowledge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The setup both fills in the default folder and validates: ConfigureOptions registers it as each.
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.ConfigureOptions<KnowledgeOptionsSetup>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return LiveKnowledge.Load(options.Directory, options.ToEngineOptions());
        });

        // AddLogging only adds what is missing, so the reload service also resolves without a host.
        services.AddLogging();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, KnowledgeReloadService>());
        return services;
    }
}
