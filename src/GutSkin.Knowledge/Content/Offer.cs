namespace GutSkin.Knowledge.Content;

/// <summary>An offer as content staff wrote it in <c>offers.yml</c>.</summary>
/// <param name="Kind">Guide or trial.</param>
/// <param name="Title">Shown on the card.</param>
/// <param name="Url">Where the guide is, or the trial's landing page.</param>
/// <param name="Pitch">One line that says why it is worth having.</param>
/// <param name="Triggers">Words and phrases that ask for this offer directly.</param>
/// <param name="SignupWording">Trial only: the sentence that starts the signup.</param>
/// <param name="TermsUrl">Trial only: the trial's terms.</param>
/// <param name="Disclaimer">The supplement disclaimer shown with the offer, if any.</param>
/// <param name="ConsentWording">Trial only: the marketing-consent question, stored with each lead.</param>
/// <param name="ConsentVersion">Trial only: the version of that wording, stored with each lead.</param>
/// <param name="Facts">Trial only: answers about the trial itself, by <see cref="TrialFact"/> name.</param>
public sealed record Offer(
    OfferKind Kind,
    string Title,
    string Url,
    string Pitch,
    IReadOnlyList<string> Triggers,
    string? SignupWording = null,
    string? TermsUrl = null,
    string? Disclaimer = null,
    string? ConsentWording = null,
    string? ConsentVersion = null,
    IReadOnlyDictionary<string, string>? Facts = null);
