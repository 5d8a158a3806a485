namespace GutSkin.Knowledge;

/// <summary>The longest message the product reads: the bot turns a longer one away and asks for a shorter question; the
/// engine, called directly (the CLI, evaluations), screens and searches only this much of it.</summary>
public static class MessageLength
{
    /// <summary>The limit, in characters, after surrounding white space is trimmed.</summary>
    public const int Max = 1000;
}
