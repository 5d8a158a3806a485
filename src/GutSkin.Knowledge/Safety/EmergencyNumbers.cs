namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The whole reply to a red flag, for the visitor's locale: that it could be an emergency, the number to call and one
/// short instruction, and for self-harm the crisis line too. Nothing else goes with it. The numbers and their sources
/// are listed in <c>Safety/README.md</c>.
/// </summary>
public static class EmergencyNumbers
{
    /// <summary>The first sentence of every urgent reply.</summary>
    public const string Opening = "This sounds like it could be an emergency.";

    private static readonly Contacts UnitedStates = new(
        "Call 911 now, or go to the nearest emergency room.",
        "If you might act on these thoughts, call 911 now. You can also call or text 988 (Suicide & Crisis Lifeline) to talk to someone right away.");

    private static readonly Contacts UnitedKingdom = new(
        "Call 999 now, or go to A&E. If you're not sure it's an emergency, call 111.",
        "If you might act on these thoughts, call 999 now. You can also call Samaritans free on 116 123, day or night.");

    private static readonly Contacts Australia = new(
        "Call 000 (Triple Zero) now, or go to the nearest emergency department.",
        "If you might act on these thoughts, call 000 now. You can also call Lifeline on 13 11 14, day or night.");

    private static readonly Contacts Ireland = new(
        "Call 112 or 999 now, or go to the nearest emergency department.",
        "If you might act on these thoughts, call 112 or 999 now. You can also call Samaritans free on 116 123, day or night.");

    private static readonly Contacts Canada = new(
        "Call 911 now, or go to the nearest emergency department.",
        "If you might act on these thoughts, call 911 now. You can also call or text 9-8-8 to talk to someone right away.");

    private static readonly Contacts EuropeanUnion = new(
        "Call 112 now, or go to the nearest emergency department.",
        "If you might act on these thoughts, call 112 now, or ask someone near you to stay with you and help you call.");

    private static readonly Contacts Anywhere = new(
        "Call your local emergency number now (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia), or go to the nearest emergency department.",
        "If you might act on these thoughts, call your local emergency number now (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia). To talk to someone right away: 988 in the US and Canada, Samaritans 116 123 in the UK and Ireland, Lifeline 13 11 14 in Australia.");

    // Every member state answers 112 (Ireland is listed on its own for its crisis line).
    private static readonly HashSet<string> EuropeanUnionRegions =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
        "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    /// <summary>The urgent reply for a visitor whose locale is <paramref name="locale"/> ("en-GB"; null or unknown lists every number).</summary>
    /// <param name="locale">The channel's locale for the visitor, as sent (en-US, en_GB, fr-FR...).</param>
    /// <param name="category">The red-flag category; <see cref="RedFlagCategory.SelfHarm"/> adds the crisis line.</param>
    public static string Reply(string? locale, string? category)
    {
        var contacts = For(Region(locale));
        return $"{Opening} {(category == RedFlagCategory.SelfHarm ? contacts.Crisis : contacts.Emergency)}";
    }

    private static Contacts For(string? region) => region switch
    {
        "US" => UnitedStates,
        "GB" or "UK" => UnitedKingdom,
        "AU" => Australia,
        "IE" => Ireland,
        "CA" => Canada,
        { } eu when EuropeanUnionRegions.Contains(eu) => EuropeanUnion,
        _ => Anywhere,
    };

    // "en-GB", "en_gb", "zh-Hant-TW" → the two-letter region; "en" → none.
    private static string? Region(string? locale) =>
        locale?.Split('-', '_').Skip(1).LastOrDefault(part => part.Length == 2 && part.All(char.IsAsciiLetter))?.ToUpperInvariant();

    private sealed record Contacts(string Emergency, string Crisis);
}
