namespace GutSkin.Knowledge.Safety;

/// <summary>How a piece of a message reads (see <see cref="RedFlagContext.Read"/>): each flag weakens a red-flag reading.</summary>
/// <param name="Dated">A distant past ("two years ago", "as a kid").</param>
/// <param name="Settled">Dealt with ("ruled out", "well controlled", "fully recovered").</param>
/// <param name="OthersHistory">Someone else's history ("my dad had a stroke"), with nothing recent.</param>
/// <param name="GeneralQuestion">A question asking for information, about no one.</param>
/// <param name="Negated">A denial somewhere in the piece.</param>
/// <param name="Reassured">Something reassuring: "feeding normally", "no fever", "stopped", "checked", "mild".</param>
/// <param name="Question">A question of any kind ("should I take it with food?").</param>
/// <param name="Recurring">Comes and goes ("sometimes", "when I'm stressed", "every winter").</param>
/// <param name="Topic">A sign as the subject of something read, watched or seen at work ("a documentary about suicide prevention").</param>
internal readonly record struct PieceContext(bool Dated, bool Settled, bool OthersHistory, bool GeneralQuestion, bool Negated, bool Reassured, bool Question, bool Recurring, bool Topic);
