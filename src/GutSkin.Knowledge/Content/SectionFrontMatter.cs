namespace GutSkin.Knowledge.Content;

/// <summary>The YAML front matter of a section file, exactly as content staff wrote it.</summary>
internal sealed class SectionFrontMatter
{
    /// <summary>The fields a section file may have, in the order the knowledge README lists them.</summary>
    public static readonly string[] Fields = ["id", "title", "tags", "questions", "related", "source"];

    public string? Id { get; set; }

    public string? Title { get; set; }

    public List<string>? Tags { get; set; }

    public List<string>? Questions { get; set; }

    public List<string>? Related { get; set; }

    public string? Source { get; set; }
}
