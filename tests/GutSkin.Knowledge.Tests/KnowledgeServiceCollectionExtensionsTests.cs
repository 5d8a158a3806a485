using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Knowledge.Tests;

/// <summary><see cref="KnowledgeServiceCollectionExtensions.AddGutSkinKnowledge"/>: the one registration the bot, the CLI, the tests and the benchmarks share.</summary>
public sealed class KnowledgeServiceCollectionExtensionsTests
{
    private const string NewSection = "---\nid: kombucha\ntitle: What About Kombucha?\ntags: [kombucha]\n---\nKombucha is a fermented tea drink.\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void AddGutSkinKnowledge_WithoutADirectory_FindsTheRepositorysKnowledgeFolder()
    {
        using var services = KnowledgeServices.Create();

        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;

        Assert.Equal(Path.GetFullPath(Repository.KnowledgeDirectory), options.Directory);
    }

    [Fact]
    public void AddGutSkinKnowledge_WithSettings_LoadsThatFolderWithThoseSettings()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write("kombucha.md", NewSection);
        using var services = KnowledgeServices.Create(("Knowledge:Directory", folder.Path), ("Knowledge:FileStableMilliseconds", "300"));

        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var knowledge = services.GetRequiredService<LiveKnowledge>();

        Assert.Equal(TimeSpan.FromMilliseconds(300), options.ToWatchOptions().StableFor);
        Assert.Equal(folder.Path, knowledge.Current.Directory);
        Assert.Equal("kombucha", knowledge.Ask("what is kombucha").Section?.Id);
    }

    [Theory]
    [InlineData("Knowledge:Directory", "/no/such/knowledge/folder", "Knowledge:Directory: the knowledge folder '/no/such/knowledge/folder' does not exist")]
    [InlineData("Knowledge:FolderPollMilliseconds", "10", "Knowledge:FolderPollMilliseconds must be from 100 to 60000")]
    public void AddGutSkinKnowledge_WrongSetting_FailsNamingIt(string key, string value, string expected)
    {
        using var services = KnowledgeServices.Create((key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<LiveKnowledge>());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGutSkinKnowledge_ItsHostedService_PutsASavedEditLive()
    {
        using var folder = new TemporaryKnowledgeFolder();
        using var services = KnowledgeServices.Create(("Knowledge:Directory", folder.Path), ("Knowledge:FileStableMilliseconds", "100"), ("Knowledge:FolderPollMilliseconds", "200"));
        var knowledge = services.GetRequiredService<LiveKnowledge>();
        var reload = Assert.Single(services.GetServices<IHostedService>());
        await reload.StartAsync(CancellationToken.None);

        folder.Write("kombucha.md", NewSection);
        var started = DateTime.UtcNow;
        while (knowledge.Current.FindSection("kombucha") is null && DateTime.UtcNow - started < Bound)
        {
            await Task.Delay(50);
        }

        await reload.StopAsync(CancellationToken.None);
        Assert.Equal("kombucha", knowledge.Ask("what is kombucha").Section?.Id);
    }
}
