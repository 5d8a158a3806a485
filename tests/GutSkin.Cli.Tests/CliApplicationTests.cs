using System.Text.Json;

namespace GutSkin.Cli.Tests;

public sealed class CliApplicationTests
{
    private static readonly string Knowledge = Repository.KnowledgeDirectory;

    [Theory]
    [InlineData("find")]
    [InlineData("delete")]
    public async Task Leads_FindOrDeleteWithoutAnEmail_IsAUsageErrorThatSaysWhatIsMissing(string command)
    {
        var (missing, _, missingError) = await Run(["leads", command]);
        var (notAnEmail, _, notAnEmailError) = await Run(["leads", command, "--email", "jane"]);

        Assert.Equal(CliApplication.UsageError, missing);
        Assert.Equal(CliApplication.UsageError, notAnEmail);
        Assert.Contains("needs --email", missingError, StringComparison.Ordinal);
        Assert.Contains("needs --email", notAnEmailError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_WritesOneObjectWithTheContractFields()
    {
        var (code, output, _) = await Run(["ask", "--json", "--knowledge", Knowledge, "Can probiotics help eczema?"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            ["question", "answered", "urgent", "offer", "reason", "sectionId", "sectionTitle", "passage", "confidence", "alternatives", "kind", "urgentCategory"],
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
        Assert.Equal("urgent", lines[2].GetProperty("kind").GetString());
        Assert.Equal("breathing", lines[2].GetProperty("urgentCategory").GetString());
        Assert.Equal("no-answer", lines[1].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("urgentCategory").ValueKind);
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
    public async Task Validate_FolderWithSeveralProblemsPerFile_ListsEveryOneInPlainWordsThenTheWarnings()
    {
        var folder = Directory.CreateTempSubdirectory("gutskin-cli-validate").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.md"), "---\nid: Bad Id\ntitle: Gut: the basics\n---\nText.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.md"), "---\nid: Also Bad\ntitle: B\nrelated: [a-missing]\n---\n## Heading\n\nA passage cut off in the mid");

        var (code, output, _) = await Run(["validate", folder]);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                "a.md:3: the title contains a colon: put it in double quotes, like title: \"Gut: the basics\"",
                "b.md:2: id 'Also Bad' must be lower-case letters, digits and hyphens, like 'gut-skin-connection'",
                "b.md:6: a heading ('## …') in the body: write only paragraphs and list items; the section's title goes in the front matter's 'title'",
                "b.md:4: 'related' names 'a-missing', but no section has that id",
                ".: no section loaded: the folder has no valid Markdown section file",
                "offers.yml: the offers file is missing: the bot will not offer the guide or the trial",
                "b.md:8: warning: this passage ends mid-sentence (\"…passage cut off in the mid\"): finish the sentence; if the file was saved half-written, save it again in full",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));
        Assert.StartsWith("6 problem(s) and 1 warning(s)", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
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

    [Fact]
    public async Task Eval_NoMisses_PrintsTheFiguresButNoQuestion()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "question\tlabel\ncan probiotics help eczema\teczema\nwhat is lupus\teczema\n");

        var (code, output, _) = await Run(["eval", "--no-misses", file, "--knowledge", Knowledge]);

        Assert.Equal(0, code);
        Assert.Contains("top-1 accuracy (answerable): 50.0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("what is lupus", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalSafety_PrintsRecallPerCategoryTheFalseUrgentRateAndMisses()
    {
        var file = Path.Combine(Path.GetTempPath(), $"safety-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "message\tlabel\tsource\nI have crushing chest pain right now\tchest-heart\twritten\n"
            + "is chest acne linked to gut health\tnone\twritten\nmy skin is a bit dry\tstroke\twritten\n");

        var (code, output, _) = await Run(["eval", "--safety", file]);

        Assert.Equal(0, code);
        Assert.Contains("red-flag recall: 50.0", output, StringComparison.Ordinal);
        Assert.Contains("chest-heart", output, StringComparison.Ordinal);
        Assert.Contains("false urgent:    0.0", output, StringComparison.Ordinal);
        Assert.Contains("stroke\tnone\t-\tmy skin is a bit dry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalSafety_NoMisses_PrintsTheFiguresButNoMessage()
    {
        var file = Path.Combine(Path.GetTempPath(), $"safety-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "message\tlabel\tsource\nmy skin is a bit dry\tstroke\twritten\n");

        var (code, output, _) = await Run(["eval", "--safety", "--no-misses", file]);

        Assert.Equal(0, code);
        Assert.Contains("red-flag recall: 0.0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("my skin is a bit dry", output, StringComparison.Ordinal);
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
