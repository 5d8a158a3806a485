namespace GutSkin.LoadTest;

/// <summary>What the simulated conversations do after the welcome.</summary>
internal enum TrafficMix
{
    /// <summary>Questions only: answerable, unanswerable and misspelt.</summary>
    Questions,

    /// <summary>Every conversation signs up for the trial.</summary>
    Signups,

    /// <summary>Questions, and one conversation in four signs up after them.</summary>
    Mixed,
}
