namespace GutSkin.Knowledge.Safety;

/// <summary>Which of the safety screen's two layers recognised a red flag.</summary>
public enum SafetyLayer
{
    /// <summary>A phrase rule of a category (English or Spanish).</summary>
    Phrase,

    /// <summary>The message, or one of its sentences, is close in meaning to a red-flag exemplar.</summary>
    Semantic,
}
