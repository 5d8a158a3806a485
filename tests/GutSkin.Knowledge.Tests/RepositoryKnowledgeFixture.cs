namespace GutSkin.Knowledge.Tests;

/// <summary>The repository's knowledge, loaded once for a test class that only reads it.</summary>
public sealed class RepositoryKnowledgeFixture : IDisposable
{
    public LiveKnowledge Knowledge { get; } = LiveKnowledge.Load(TemporaryKnowledgeFolder.RepositoryKnowledge);

    public void Dispose() => Knowledge.Dispose();
}
