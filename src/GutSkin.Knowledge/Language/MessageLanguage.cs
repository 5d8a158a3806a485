namespace GutSkin.Knowledge.Language;

/// <summary>The language a visitor's message is written in, as far as <see cref="LanguageDetector"/> can tell.</summary>
public enum MessageLanguage
{
    /// <summary>English, or too little to tell: the articles' language is the safe default.</summary>
    English,

    /// <summary>Spanish.</summary>
    Spanish,

    /// <summary>French.</summary>
    French,

    /// <summary>German.</summary>
    German,

    /// <summary>Portuguese.</summary>
    Portuguese,

    /// <summary>Italian.</summary>
    Italian,

    /// <summary>Dutch.</summary>
    Dutch,
}
