using System.Text.Json;

namespace GutSkin.Cli.Tests;

/// <summary>The CLI reads the knowledge settings the bot reads (<c>Knowledge__*</c>), started outside any checkout.</summary>
public sealed class CliKnowledgeSettingsTests : IDisposable
{
    private const string NewSection = "---\nid: kombucha\ntitle: What About Kombucha?\ntags: [kombucha]\n---\nKombucha is a fermented tea drink.\n";

    private readonly string outside = Directory.CreateTempSubdirectory("gutskin-cli-outside").FullName;
    private readonly string knowledge = Directory.CreateTempSubdirectory("gutskin-cli-knowledge").FullName;

    public CliKnowledgeSettingsTests()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.KnowledgeDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(knowledge, Path.GetRelativePath(Repository.KnowledgeDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(knowledge, "kombucha.md"), NewSection);
    }

    [Fact]
    public async Task Validate_WithKnowledgeDirectorySetting_ReadsThatFolder()
    {
        var (code, output, _) = await CliProcess.RunAsync(outside, new Dictionary<string, string> { ["Knowledge__Directory"] = knowledge }, "validate");

        Assert.Equal(0, code);
        Assert.StartsWith("OK: 8 sections", output, StringComparison.Ordinal);
        Assert.EndsWith($"({knowledge})", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_WithKnowledgeDirectorySetting_AnswersFromThatFolder()
    {
        var (code, output, _) = await CliProcess.RunAsync(
            outside, new Dictionary<string, string> { ["Knowledge__Directory"] = knowledge }, "ask", "--json", "what is kombucha");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("kombucha", json.RootElement.GetProperty("sectionId").GetString());
    }

    [Fact]
    public async Task Validate_KnowledgeOption_TakesPrecedenceOverTheSetting()
    {
        var (code, output, _) = await CliProcess.RunAsync(
            outside, new Dictionary<string, string> { ["Knowledge__Directory"] = Path.Combine(outside, "missing") }, "validate", "--knowledge", knowledge);

        Assert.Equal(0, code);
        Assert.EndsWith($"({knowledge})", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithAnOutOfRangeSetting_RefusesNamingItAsTheBotDoes()
    {
        var (code, output, error) = await CliProcess.RunAsync(
            outside,
            new Dictionary<string, string> { ["Knowledge__Directory"] = knowledge, ["Knowledge__FolderPollMilliseconds"] = "10" },
            "ask",
            "what is kombucha");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("Knowledge:FolderPollMilliseconds must be from 100 to 60000", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(outside, recursive: true);
        Directory.Delete(knowledge, recursive: true);
    }
}
