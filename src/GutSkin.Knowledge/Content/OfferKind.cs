namespace GutSkin.Knowledge.Content;

/// <summary>The two things the brand offers after a useful answer.</summary>
public enum OfferKind
{
    /// <summary>The free gut health guide (a link).</summary>
    Guide,

    /// <summary>The free 3-day Life Greens trial (a signup).</summary>
    Trial,
}
