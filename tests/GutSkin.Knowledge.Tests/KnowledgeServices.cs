using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Knowledge.Tests;

/// <summary>The knowledge engine through its composition root, with the given settings as its only configuration.</summary>
internal static class KnowledgeServices
{
    public static ServiceProvider Create(params (string Key, string Value)[] settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build())
        .AddGutSkinKnowledge()
        .BuildServiceProvider();
}
