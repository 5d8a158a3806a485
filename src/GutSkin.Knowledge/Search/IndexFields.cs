namespace GutSkin.Knowledge.Search;

/// <summary>The names of the fields of a passage document.</summary>
internal static class IndexFields
{
    /// <summary>The section id (a key: not analysed, stored).</summary>
    public const string Section = "section";

    /// <summary>The passage's position in its section (stored only).</summary>
    public const string Passage = "passage";

    /// <summary>The section title.</summary>
    public const string Title = "title";

    /// <summary>The section's alternative questions.</summary>
    public const string Questions = "questions";

    /// <summary>The passage's own text.</summary>
    public const string Text = "text";

    /// <summary>The section's tags.</summary>
    public const string Tags = "tags";
}
