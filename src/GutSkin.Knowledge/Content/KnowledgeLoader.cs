namespace GutSkin.Knowledge.Content;

/// <summary>Reads a knowledge folder: section files (<c>*.md</c>), <c>synonyms.txt</c> and <c>offers.yml</c>.</summary>
public static class KnowledgeLoader
{
    /// <summary>The synonyms file's name in the knowledge folder.</summary>
    public const string SynonymsFile = "synonyms.txt";

    /// <summary>The offers file's name in the knowledge folder.</summary>
    public const string OffersFile = "offers.yml";

    /// <summary>Loads what it can; never throws for bad content.</summary>
    public static KnowledgeContent Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        var problems = new List<KnowledgeProblem>();
        if (!System.IO.Directory.Exists(root))
        {
            problems.Add(new(root, 0, "the knowledge folder does not exist"));
            return new KnowledgeContent(root, [], [], null, problems);
        }

        var warnings = new List<KnowledgeProblem>();
        var sections = LoadSections(root, problems, warnings);
        var synonyms = ReadOptional(root, SynonymsFile, problems, (path, text) => SynonymFileReader.Read(path, text, problems)) ?? [];
        var offers = ReadOptional(root, OffersFile, problems, (path, text) => OffersFileReader.Read(path, text, problems));
        if (!File.Exists(Path.Combine(root, OffersFile)))
        {
            problems.Add(new(OffersFile, 0, "the offers file is missing: the bot will not offer the guide or the trial"));
        }

        return new KnowledgeContent(root, sections, synonyms, offers, problems) { Warnings = warnings };
    }

    private static List<KnowledgeSection> LoadSections(string root, List<KnowledgeProblem> problems, List<KnowledgeProblem> warnings)
    {
        var files = System.IO.Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Parsing dominates loading a large folder, so files are parsed in parallel (Markdig's built pipeline is safe
        // to share); each file keeps its own problems, merged below in file order so that sections, problems and which
        // duplicate id wins are the same as a sequential load.
        var parsed = new (string Relative, SectionFile? File, List<KnowledgeProblem> Problems, List<KnowledgeProblem> Warnings)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var relative = Path.GetRelativePath(root, files[i]);
            var own = new List<KnowledgeProblem>();
            var ownWarnings = new List<KnowledgeProblem>();
            var text = ReadText(files[i], relative, own);
            parsed[i] = (relative, text is null ? null : SectionFileReader.Read(relative, text, own, ownWarnings), own, ownWarnings);
        });

        var sections = new List<KnowledgeSection>();
        var byId = new Dictionary<string, KnowledgeSection>(StringComparer.Ordinal);
        foreach (var (relative, file, own, ownWarnings) in parsed)
        {
            problems.AddRange(own);
            warnings.AddRange(ownWarnings);
            if (file?.Section is not { } section)
            {
                continue;
            }

            if (!byId.TryAdd(section.Id, section))
            {
                problems.Add(new(relative, file.IdLine, $"the id '{section.Id}' is already used by {byId[section.Id].File}"));
                continue;
            }

            sections.Add(section);
        }

        // Checked for every file, also those with other problems, so that a bad id does not hide an unknown related
        // id; an id declared by a broken file is known (its own problem says what to fix there).
        var ids = byId.Keys.ToHashSet();
        var declared = parsed.Select(p => p.File?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var relatedProblems = parsed
            .Where(p => p.File is not null)
            .SelectMany(p => p.File!.Related.Where(r => !declared.Contains(r)).Select(r => new KnowledgeProblem(p.Relative, p.File!.RelatedLine, $"'related' names '{r}', but no section has that id")));
        problems.AddRange(relatedProblems);

        if (sections.Count == 0)
        {
            problems.Add(new(".", 0, "no section loaded: the folder has no valid Markdown section file"));
        }

        return [.. sections.Select(s => s with { Related = s.Related.Where(ids.Contains).ToList() })];
    }

    private static T? ReadOptional<T>(string root, string name, List<KnowledgeProblem> problems, Func<string, string, T?> read)
        where T : class
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = ReadText(path, name, problems);
        return text is null ? null : read(name, text);
    }

    private static string? ReadText(string path, string relative, List<KnowledgeProblem> problems)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            problems.Add(new(relative, 0, $"could not be read: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(new(relative, 0, "could not be read: permission denied"));
            return null;
        }
    }
}
