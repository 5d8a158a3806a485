using YamlDotNet.Serialization;

namespace GutSkin.Knowledge.Content;

/// <summary>The YAML front matter of a section file, exactly as content staff write it.</summary>
internal sealed class SectionFrontMatter
{
    [YamlMember(Alias = "id")]
    public string? Id { get; set; }

    [YamlMember(Alias = "title")]
    public string? Title { get; set; }

    [YamlMember(Alias = "tags")]
    public List<string>? Tags { get; set; }

    [YamlMember(Alias = "questions")]
    public List<string>? Questions { get; set; }

    [YamlMember(Alias = "related")]
    public List<string>? Related { get; set; }

    [YamlMember(Alias = "source")]
    public string? Source { get; set; }
}
