using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Knowledge.Tests;

/// <summary>The repository's knowledge, registered as the bot registers it and loaded once for a test class that only reads it.</summary>
public sealed class RepositoryKnowledgeFixture : IDisposable
{
    private readonly ServiceProvider services = KnowledgeServices.Create(("Knowledge:Directory", Repository.KnowledgeDirectory));

    public LiveKnowledge Knowledge => services.GetRequiredService<LiveKnowledge>();

    public void Dispose() => services.Dispose();
}
