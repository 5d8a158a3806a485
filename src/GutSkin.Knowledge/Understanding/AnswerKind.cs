namespace GutSkin.Knowledge.Understanding;

/// <summary>What the understanding stage made of a message: the one decision the bot, <c>ask</c> and <c>eval</c> share.</summary>
public enum AnswerKind
{
    /// <summary>A passage of the knowledge answers it.</summary>
    Answer,

    /// <summary>A question the knowledge does not answer: recorded for the content team.</summary>
    NoAnswer,

    /// <summary>A red flag: only the urgent-care message may be sent.</summary>
    Urgent,

    /// <summary>Doses, medicines, pregnancy or babies: a clinician must answer.</summary>
    Clinician,

    /// <summary>Asks for the guide or the trial.</summary>
    Offer,

    /// <summary>Asks about the trial itself (price, what Life Greens is, delivery, who can apply, cancelling).</summary>
    TrialFacts,

    /// <summary>Hello.</summary>
    Greeting,

    /// <summary>Thanks.</summary>
    Thanks,

    /// <summary>Goodbye.</summary>
    Goodbye,

    /// <summary>Who or what the bot is, and what it can do.</summary>
    AboutBot,

    /// <summary>Wants a person: the brand's contact details.</summary>
    Handoff,

    /// <summary>Not words (keyboard mashing, symbols): asked to rephrase, never recorded as a question.</summary>
    Gibberish,

    /// <summary>Nothing to read.</summary>
    Empty,
}
