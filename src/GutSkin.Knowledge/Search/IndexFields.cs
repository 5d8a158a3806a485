namespace GutSkin.Knowledge.Search;

/// <summary>The names of the index's fields: a section's own document has the title, questions and tags; a passage's, the text.</summary>
internal static class IndexFields
{
    /// <summary>The section title.</summary>
    public const string Title = "title";

    /// <summary>The section's alternative questions.</summary>
    public const string Questions = "questions";

    /// <summary>The passage's own text.</summary>
    public const string Text = "text";

    /// <summary>The section's tags.</summary>
    public const string Tags = "tags";
}
