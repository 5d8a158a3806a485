using System.Text.RegularExpressions;
using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Conversation;

/// <summary>The checks on each signup answer, shared by the text steps and the form: <c>TryValidateX(input, out value,
/// out message)</c> as in BotBuilder-Samples 44.prompt-users-for-input. The message says what is wrong.</summary>
internal static partial class SignupValidation
{
    private const int MaxNameLength = 80;
    private const int MinAddressLength = 10;
    private const int MinStreetLength = 5;
    private const int MaxAddressLength = 300;
    private const int MaxEmailLength = 254;
    private const int MaxEmailLocalPartLength = 64;

    public static bool TryValidateName(string input, out string name, out string message)
    {
        name = NamePrefix().Replace(input.Trim(), string.Empty).Trim().TrimEnd('.', '!');
        message = string.Empty;
        if (name.Length is > 0 and <= MaxNameLength && NamePattern().IsMatch(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5)
        {
            return true;
        }

        message = ReplyText.BadName;
        return false;
    }

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

        message = ReplyText.BadEmail;
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

        message = ReplyText.BadAddress;
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

        message = ReplyText.BadStreet;
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

        message = ReplyText.BadPhone;
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

        message = ReplyText.BadAge;
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
        message = ReplyText.BadYesNo;
        return false;
    }

    private static int Words(string address) => address.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsStreetText(string address) => address.Any(char.IsLetter) && !address.Contains('@', StringComparison.Ordinal);

    [GeneratedRegex(@"^(hi[,!]?\s+)?(my name is|my name's|name is|name:|i'm|i am|it's|its|it is|call me|this is)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePrefix();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '\-.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
