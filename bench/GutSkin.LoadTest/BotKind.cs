namespace GutSkin.LoadTest;

/// <summary>Which bot is under load: it decides what a correct reply looks like.</summary>
internal enum BotKind
{
    GutSkin,
    Echo,
}
