namespace GutSkin.Knowledge.Understanding;

/// <summary>What a conversation is about after an answer, so that "what causes it" or "and for kids?" can be understood.</summary>
/// <param name="Question">The last question answered, as it was understood (follow-ups already resolved).</param>
/// <param name="Subject">The topic words it was about ("psoriasis"), or null.</param>
/// <param name="SectionId">The section that answered it.</param>
public sealed record ConversationTopic(string Question, string? Subject, string SectionId);
