namespace GutSkin.Knowledge.Safety;

/// <summary>One labelled message of a safety set.</summary>
/// <param name="Message">The message as a visitor would type it.</param>
/// <param name="Label">A red-flag category id (see <see cref="RedFlagCategory"/>) or <c>none</c>.</param>
/// <param name="Line">The row's line in its file.</param>
/// <param name="Writer">Who wrote the row (the tuning files' <c>writer</c> column), for leave-one-writer-out; empty when not said.</param>
public sealed record SafetySample(string Message, string Label, int Line, string Writer = "")
{
    /// <summary>The label of a message that must not be urgent.</summary>
    public const string None = "none";

    /// <summary>True when the message is a red flag.</summary>
    public bool IsRedFlag => Label != None;
}
