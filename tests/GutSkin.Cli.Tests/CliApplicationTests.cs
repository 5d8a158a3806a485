using System.Reflection;
using System.Text.Json;

namespace GutSkin.Cli.Tests;

public sealed class CliApplicationTests
{
    private static readonly string Knowledge = Path.Combine(
        typeof(CliApplicationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "knowledge");

    [Fact]
    public async Task AskJson_WritesOneObjectWithTheContractFields()
    {
        var (code, output, _) = await Run(["ask", "--json", "--knowledge", Knowledge, "Can probiotics help eczema?"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            ["question", "answered", "urgent", "offer", "reason", "sectionId", "sectionTitle", "passage", "confidence", "alternatives"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("eczema", root.GetProperty("sectionId").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task AskJsonBatch_FromStdin_AnswersEveryLineInOrder()
    {
        var questions = "is the juice free\nis psoriasis contagious\nI can't breathe\nexzema gut\n";

        var (code, output, _) = await Run(["ask", "--json", "--batch", "-", "--knowledge", Knowledge], questions);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["is the juice free", "is psoriasis contagious", "I can't breathe", "exzema gut"], lines.Select(l => l.GetProperty("question").GetString()));
        Assert.Equal("trial", lines[0].GetProperty("offer").GetString());
        Assert.Equal("not-found", lines[1].GetProperty("reason").GetString());
        Assert.True(lines[2].GetProperty("urgent").GetBoolean());
        Assert.Equal("eczema", lines[3].GetProperty("sectionId").GetString());
    }

    [Fact]
    public async Task Ask_HumanReadable_NamesTheSourceSection()
    {
        var (code, output, _) = await Run(["ask", "--knowledge", Knowledge, "what is scleroderma"]);

        Assert.Equal(0, code);
        Assert.Contains("From: What About Other Autoimmune Skin Conditions?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenFolder_PrintsFileAndLineAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("gutskin-cli-validate").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.md"), "---\nid: Bad Id\ntitle: Bad\n---\nText.\n");

        var (code, output, _) = await Run(["validate", folder]);

        Assert.Equal(1, code);
        Assert.Contains("bad.md:2: id 'Bad Id' must be lower-case", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RepositoryFolder_ExitsZero()
    {
        var (code, output, _) = await Run(["validate", Knowledge]);

        Assert.Equal(0, code);
        Assert.StartsWith("OK: 7 sections", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("ask", "--nope", "x")]
    [InlineData("ask", "--knowledge")]
    public async Task BadCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var (code, _, error) = await Run(args);

        Assert.Equal(2, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_PrintsTheFiguresAndMisses()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "question\tlabel\ncan probiotics help eczema\teczema\nwhat is lupus\teczema\n");

        var (code, output, _) = await Run(["eval", file, "--knowledge", Knowledge]);

        Assert.Equal(0, code);
        Assert.Contains("top-1 accuracy (answerable): 50.0", output, StringComparison.Ordinal);
        Assert.Contains("what is lupus", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(string[] args, string input = "")
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApplication.RunAsync(args, stdin, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
