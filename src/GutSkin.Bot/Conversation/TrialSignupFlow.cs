using System.Text;
using System.Text.RegularExpressions;
using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>The free-trial signup as a small state machine: the step last asked, one switch, and
/// <c>TryValidateX</c> helpers (after BotBuilder-Samples 44.prompt-users-for-input). No I/O.</summary>
internal static partial class TrialSignupFlow
{
    /// <summary>How many unreadable emails end the signup.</summary>
    public const int MaxEmailAttempts = 3;

    private const int MaxNameLength = 80;
    private const int MinAddressLength = 10;
    private const int MinStreetLength = 5;
    private const int MaxAddressLength = 300;

    /// <summary>What a visitor is told when the trial goes away mid-signup (offers.yml edited).</summary>
    public const string Unavailable = "Sorry, the free trial isn't available right now, so I've stopped the signup. Please try again later.";

    /// <summary>The marketing question when offers.yml has none.</summary>
    public const string DefaultConsentWording = "Would you like occasional emails from us with tips and offers?";

    /// <summary>What a visitor under 18 is told when the signup ends.</summary>
    public const string MinorReply = "Sorry, the free trial is only for adults aged 18 or over, so I can't sign you up. I've discarded the details you gave me. You're welcome to keep asking me questions.";

    /// <summary>Starts a signup: the offer's wording, the disclaimer, then the first question, or the whole form when
    /// <paramref name="form"/> (its starting values) is given.</summary>
    public static SignupOutcome Start(SignupState state, Offer trial, SignupForm? form = null)
    {
        Clear(state);
        state.Step = form is null ? SignupStep.Name : SignupStep.Form;
        state.Form = form;
        var intro = new StringBuilder(trial.SignupWording ?? $"Great! I just need a few details for the {trial.Title}.");
        if (!string.IsNullOrWhiteSpace(trial.TermsUrl))
        {
            intro.Append($" The trial's terms: {trial.TermsUrl}");
        }

        intro.Append(" You can type cancel at any time.");
        var replies = new List<Reply> { new(intro.ToString()) };
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            replies.Add(new Reply($"_{trial.Disclaimer}_"));
        }

        replies.Add(Prompt(state, trial));
        return new SignupOutcome(replies);
    }

    /// <summary>The question for the current step, to ask it again after an interruption.</summary>
    public static Reply Prompt(SignupState state, Offer trial) => state.Step switch
    {
        SignupStep.Name => new Reply("What's your name?", [Phrases.Cancel]),
        SignupStep.Email => new Reply($"Thanks, {state.Name}. What email address should we send the trial details to?", [Phrases.Cancel]),
        SignupStep.EmailCheck => new Reply($"Did you mean {MarkdownText.Escape(EmailDomainTypos.Suggest(state.Email!) ?? state.Email)}? You typed {MarkdownText.Escape(state.Email)}.", [Phrases.Yes, Phrases.No]),
        SignupStep.Address => new Reply("What's the shipping address for your free 3-day supply? Please include the street, town or city, and postcode or ZIP.", [Phrases.Cancel]),
        SignupStep.Phone => new Reply("What's a phone number for the delivery? It's optional: type skip if you'd rather not give one.", [Phrases.Skip, Phrases.Cancel]),
        SignupStep.Age => new Reply("The trial is for adults only. How old are you? (Your age, like 34, or your date of birth.)", [Phrases.Cancel]),
        SignupStep.Consent => new Reply($"One last, separate question: {trial.ConsentWording ?? DefaultConsentWording} You'll get the trial either way.", [Phrases.Yes, Phrases.No]),
        SignupStep.Confirm => new Reply(Summary(state), [Phrases.Yes, Phrases.Cancel]),
        SignupStep.Form => TrialSignupForm.Prompt(state, trial),
        _ => new Reply("Would you like the free trial? Just say \"sign me up\"."),
    };

    /// <summary>Handles the user's answer to the current step.</summary>
    public static SignupOutcome Next(SignupState state, string input, Offer trial, DateTimeOffset now)
    {
        string message;
        switch (state.Step)
        {
            case SignupStep.Name:
                if (TryValidateName(input, out var name, out message))
                {
                    state.Name = name;
                    return Advance(state, SignupStep.Email, trial);
                }

                break;

            case SignupStep.Email:
                if (TryValidateEmail(input, out var email, out message))
                {
                    state.Email = email;
                    return Advance(state, EmailDomainTypos.Suggest(email) is null ? SignupStep.Address : SignupStep.EmailCheck, trial);
                }

                state.EmailAttempts++;
                if (state.EmailAttempts >= MaxEmailAttempts)
                {
                    Clear(state);
                    return new SignupOutcome(
                        [new Reply("Sorry, I still couldn't read an email address, so I've stopped the signup and discarded what you typed. You can ask for the free trial again at any time.", Phrases.Topics)],
                        Ended: true);
                }

                break;

            case SignupStep.EmailCheck:
                if (TryValidateYesNo(input, out var useSuggestion, out message))
                {
                    state.Email = useSuggestion ? EmailDomainTypos.Suggest(state.Email!) ?? state.Email : state.Email;
                    return Advance(state, SignupStep.Address, trial);
                }

                break;

            case SignupStep.Address:
                if (TryValidateAddress(input, out var address, out message))
                {
                    state.Address = address;
                    return Advance(state, SignupStep.Phone, trial);
                }

                break;

            case SignupStep.Phone:
                if (TryValidatePhone(input, out var phone, out message))
                {
                    state.Phone = phone;
                    return Advance(state, SignupStep.Age, trial);
                }

                break;

            case SignupStep.Age:
                if (TryValidateAge(input, DateOnly.FromDateTime(now.Date), out var adult, out message))
                {
                    if (!adult)
                    {
                        Clear(state);
                        return new SignupOutcome(
                            [new Reply(MinorReply, Phrases.Topics)],
                            Ended: true);
                    }

                    state.AgeConfirmed = true;
                    return Advance(state, SignupStep.Consent, trial);
                }

                break;

            case SignupStep.Consent:
                if (TryValidateYesNo(input, out var consent, out message))
                {
                    state.MarketingConsent = consent;
                    state.ConsentAt = now;
                    state.ConsentVersion = trial.ConsentVersion;
                    return Advance(state, SignupStep.Confirm, trial);
                }

                break;

            case SignupStep.Confirm:
                if (TryValidateYesNo(input, out var confirmed, out message))
                {
                    if (!confirmed)
                    {
                        Clear(state);
                        return new SignupOutcome([new Reply("No problem: I haven't signed you up, and I've discarded those details.", Phrases.Topics)], Ended: true);
                    }

                    var done = $"Thank you, {MarkdownText.Escape(state.Name)}! Your free 3-day Life Greens trial is on its way to you, and we'll email {MarkdownText.Escape(state.Email)} when it ships.";
                    return new SignupOutcome([new Reply(done, Phrases.Topics)], Completed: true, Ended: true);
                }

                break;

            case SignupStep.Form:
                // Typed instead of filling in the form: the form is still there, so it is not sent again.
                message = TrialSignupForm.TypedInstead;
                break;

            default:
                return new SignupOutcome([], Ended: true);
        }

        return new SignupOutcome([new Reply(message, Prompt(state, trial).SuggestedActions)]);
    }

    /// <summary>Forgets everything typed so far.</summary>
    public static void Clear(SignupState state)
    {
        state.Step = SignupStep.None;
        state.Name = null;
        state.Email = null;
        state.EmailAttempts = 0;
        state.Address = null;
        state.Phone = null;
        state.AgeConfirmed = false;
        state.MarketingConsent = null;
        state.ConsentAt = null;
        state.ConsentVersion = null;
        state.Form = null;
    }

    public static bool TryValidateName(string input, out string name, out string message)
    {
        name = NamePrefix().Replace(input.Trim(), string.Empty).Trim().TrimEnd('.', '!');
        message = string.Empty;
        if (name.Length is > 0 and <= MaxNameLength && NamePattern().IsMatch(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5)
        {
            return true;
        }

        message = "Please tell me just your name, for example: Jane Smith.";
        return false;
    }

    private const int MaxEmailLength = 254;
    private const int MaxEmailLocalPartLength = 64;

    public static bool TryValidateEmail(string input, out string email, out string message)
    {
        email = EmailRecognizer.Find(input) ?? string.Empty;
        message = string.Empty;
        var at = email.LastIndexOf('@');

        // RFC 5321's limits: no mail server delivers to a longer address, so it is a typo or an attack.
        if (email.Length is > 0 and <= MaxEmailLength && at is > 0 and <= MaxEmailLocalPartLength)
        {
            return true;
        }

        message = "That doesn't look like an email address. Please type it like this: jane@example.com";
        return false;
    }

    /// <summary>A whole address typed on one line: a street, a town or city and a postcode or ZIP of a country the
    /// trial ships to.</summary>
    public static bool TryValidateAddress(string input, out string address, out string message)
    {
        address = Whitespace().Replace(input.Trim(), " ");
        message = string.Empty;
        if (address.Length is >= MinAddressLength and <= MaxAddressLength && Words(address) >= 3
            && IsStreetText(address) && PostalAddressPatterns.ContainsPostcode(address))
        {
            return true;
        }

        message = "That doesn't look like a full address. Please include the street, town or city, and postcode or ZIP, for example: 12 High Street, Bristol, BS1 4DJ";
        return false;
    }

    /// <summary>The form's street field: the street and the town or city, without the postcode, which has a field of
    /// its own ("Rose Cottage, Church Lane, Ely" has no number).</summary>
    public static bool TryValidateStreet(string input, out string street, out string message)
    {
        street = Whitespace().Replace(input.Trim(), " ").TrimEnd(',', ' ');
        message = string.Empty;
        if (street.Length is >= MinStreetLength and <= MaxAddressLength && Words(street) >= 2 && IsStreetText(street))
        {
            return true;
        }

        message = "Please give the street and the town or city, for example: 12 High Street, Bristol";
        return false;
    }

    public static bool TryValidatePhone(string input, out string? phone, out string message)
    {
        message = string.Empty;
        phone = null;
        if (Phrases.IsSkip(input))
        {
            return true;
        }

        phone = PhoneRecognizer.Find(input);
        if (phone is not null)
        {
            return true;
        }

        message = "That doesn't look like a phone number. Please type it like 07700 900123 or +1 425 555 0100, or type skip.";
        return false;
    }

    /// <summary>Reads an age, a date of birth or a year of birth; <paramref name="adult"/> says whether it is 18 or over.
    /// Anything that is not clearly an adult's or a minor's age ("yes", "old enough", "34 or 35") is asked again.</summary>
    public static bool TryValidateAge(string input, DateOnly today, out bool adult, out string message)
    {
        message = string.Empty;
        var reading = AgeRecognizer.Read(input, today);
        adult = reading == AgeReading.Adult;
        if (reading != AgeReading.Unclear)
        {
            return true;
        }

        message = "I couldn't read your age there. Please type how old you are today, like 34, or your date of birth, like 3 March 1990.";
        return false;
    }

    public static bool TryValidateYesNo(string input, out bool yes, out string message)
    {
        message = string.Empty;
        if (Phrases.YesOrNo(input) is { } answer)
        {
            yes = answer;
            return true;
        }

        yes = false;
        message = "Please answer yes or no.";
        return false;
    }

    private static int Words(string address) => address.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsStreetText(string address) => address.Any(char.IsLetter) && !address.Contains('@', StringComparison.Ordinal);

    private static SignupOutcome Advance(SignupState state, SignupStep next, Offer trial)
    {
        state.Step = next;
        return new SignupOutcome([Prompt(state, trial)]);
    }

    private static string Summary(SignupState state)
    {
        var summary = new StringBuilder("Please check your details:\n\n");
        summary.Append($"- Name: {MarkdownText.Escape(state.Name)}\n");
        summary.Append($"- Email: {MarkdownText.Escape(state.Email)}\n");
        summary.Append($"- Shipping address: {MarkdownText.Escape(state.Address)}\n");
        summary.Append($"- Phone: {(state.Phone is null ? "(none)" : MarkdownText.Escape(state.Phone))}\n");
        summary.Append("- Aged 18 or over: yes\n");
        summary.Append($"- Emails with tips and offers: {(state.MarketingConsent == true ? "yes" : "no")}\n\n");
        summary.Append("Shall I send your free trial?");
        return summary.ToString();
    }

    [GeneratedRegex(@"^(hi[,!]?\s+)?(my name is|my name's|name is|name:|i'm|i am|it's|its|it is|call me|this is)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePrefix();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '\-.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
