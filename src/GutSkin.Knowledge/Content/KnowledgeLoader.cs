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

        var sections = LoadSections(root, problems);
        var synonyms = ReadOptional(root, SynonymsFile, problems, (path, text) => SynonymFileReader.Read(path, text, problems)) ?? [];
        var offers = ReadOptional(root, OffersFile, problems, (path, text) => OffersFileReader.Read(path, text, problems));
        if (!File.Exists(Path.Combine(root, OffersFile)))
        {
            problems.Add(new(OffersFile, 0, "the offers file is missing: the bot will not offer the guide or the trial"));
        }

        return new KnowledgeContent(root, sections, synonyms, offers, problems);
    }

    private static List<KnowledgeSection> LoadSections(string root, List<KnowledgeProblem> problems)
    {
        var files = System.IO.Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Parsing dominates loading a large folder, so files are parsed in parallel (Markdig's built pipeline and
        // YamlDotNet's deserializer are safe to share); each file keeps its own problems, merged below in file order
        // so that sections, problems and which duplicate id wins are the same as a sequential load.
        var parsed = new (string Relative, string? Text, KnowledgeSection? Section, List<KnowledgeProblem> Problems)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var relative = Path.GetRelativePath(root, files[i]);
            var own = new List<KnowledgeProblem>();
            var text = ReadText(files[i], relative, own);
            parsed[i] = (relative, text, text is null ? null : SectionFileReader.Read(relative, text, own), own);
        });

        var sections = new List<KnowledgeSection>();
        var byId = new Dictionary<string, KnowledgeSection>(StringComparer.Ordinal);
        foreach (var (relative, text, section, own) in parsed)
        {
            problems.AddRange(own);
            if (section is null)
            {
                continue;
            }

            if (!byId.TryAdd(section.Id, section))
            {
                problems.Add(new(relative, SectionFileReader.LineOf(text!, "id"), $"the id '{section.Id}' is already used by {byId[section.Id].File}"));
                continue;
            }

            sections.Add(section);
        }

        var ids = byId.Keys.ToHashSet();
        foreach (var section in sections)
        {
            foreach (var related in section.Related.Where(r => !ids.Contains(r)))
            {
                problems.Add(new(section.File, RelatedLine(root, section), $"'related' names '{related}', but no section has that id"));
            }
        }

        if (sections.Count == 0)
        {
            problems.Add(new(".", 0, "no section loaded: the folder has no valid Markdown section file"));
        }

        return [.. sections.Select(s => s with { Related = s.Related.Where(ids.Contains).ToList() })];
    }

    private static int RelatedLine(string root, KnowledgeSection section)
    {
        var text = File.ReadAllText(Path.Combine(root, section.File));
        return SectionFileReader.LineOf(text, "related");
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
