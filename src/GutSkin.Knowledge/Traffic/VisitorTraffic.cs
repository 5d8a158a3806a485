namespace GutSkin.Knowledge.Traffic;

/// <summary>What visitors did that can improve the knowledge, over some period.</summary>
/// <param name="Unanswered">Questions the knowledge could not answer.</param>
/// <param name="ChosenInstead">"Did you mean" choices: the question and the section the visitor picked.</param>
/// <param name="NotHelpful">Thumbs-down answers: the question and the section that answered it.</param>
public sealed record VisitorTraffic(IReadOnlyList<CountedQuestion> Unanswered, IReadOnlyList<SectionQuestion> ChosenInstead, IReadOnlyList<SectionQuestion> NotHelpful);
