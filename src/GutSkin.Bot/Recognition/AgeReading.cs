namespace GutSkin.Bot.Recognition;

/// <summary>What an answer to "how old are you?" says about the age gate.</summary>
internal enum AgeReading
{
    /// <summary>Not a clear age or date of birth ("old enough", "yes", "34 or 35", "my son is 12"): ask again.</summary>
    Unclear,

    /// <summary>Clearly 18 or over.</summary>
    Adult,

    /// <summary>Clearly under 18, including "almost 18", "18 next year" and "17 and a half".</summary>
    Minor,
}
