namespace GutSkin.Knowledge.Understanding;

/// <summary>What a conversation is about after an answer, so that "what causes it" or "and for kids?" can be understood.</summary>
/// <param name="Question">The last question answered, as it was understood (follow-ups already resolved); null while none
/// was (a conversation that began with a clinician referral remembers only its <see cref="Matters"/>).</param>
/// <param name="Subject">The topic words it was about ("psoriasis"), or null.</param>
/// <param name="SectionId">The section that answered it, or null while no question was answered.</param>
public sealed record ConversationTopic(string? Question, string? Subject, string? SectionId)
{
    /// <summary>
    /// The clinician matters the conversation raised (see <see cref="ClinicianContext"/>); <see cref="ClinicianMatter.None"/>
    /// in state stored before it was remembered.
    /// </summary>
    public ClinicianMatter Matters { get; init; }
}
