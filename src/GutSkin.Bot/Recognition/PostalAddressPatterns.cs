using System.Text.RegularExpressions;

namespace GutSkin.Bot.Recognition;

/// <summary>Postcodes of the countries the trial ships to (US ZIP, UK, Canada, Australia, Ireland's Eircode) and street
/// lines ("12 High Street", "1600 Pennsylvania Ave NW", "Flat 3", "PO Box 1234"): for redaction, and to check the
/// postcode of a shipping address.</summary>
internal static partial class PostalAddressPatterns
{
    /// <summary>The countries the trial ships to, by ISO 3166 code, with their names as visitors know them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["GB"] = "United Kingdom",
        ["IE"] = "Ireland",
        ["US"] = "United States",
        ["CA"] = "Canada",
        ["AU"] = "Australia",
    };

    /// <summary>Whether <paramref name="postcode"/> is, as a whole, shaped like a postcode of <paramref name="country"/>
    /// (an ISO code from <see cref="Countries"/>): "BS1 4DJ" in GB, "20500" or "20500-0001" in the US, "K1A 0B1" in
    /// CA, "2000" in AU, "D02 X285" in IE.</summary>
    public static bool IsPlausiblePostcode(string postcode, string country)
    {
        var code = postcode.Trim();
        var pattern = country.ToUpperInvariant() switch
        {
            "GB" => UkPostcode(),
            "US" => WholeZip(),
            "CA" => CanadianPostcode(),
            "AU" => WholeAustralianPostcode(),
            "IE" => Eircode(),
            _ => null,
        };
        return pattern?.Match(code) is { Success: true } match && match.Index == 0 && match.Length == code.Length;
    }

    /// <summary>Whether <paramref name="address"/>, typed on one line, holds a postcode of a country the trial ships to:
    /// a UK, Canadian or Irish postcode anywhere, or a US ZIP or Australian postcode after the street (never the house
    /// number at its start).</summary>
    public static bool ContainsPostcode(string address) =>
        UkPostcode().IsMatch(address) || CanadianPostcode().IsMatch(address) || Eircode().IsMatch(address)
        || TrailingZipOrAustralianPostcode().IsMatch(address);

    /// <summary>The text with every postcode and street line replaced by <c>[address]</c>.</summary>
    public static string Redact(string text)
    {
        // Street lines first: "221B Baker Street" would otherwise lose only its number to a later rule.
        var redacted = StreetLine().Replace(text, "[address]");
        redacted = LowerCaseStreetLine().Replace(redacted, "[address]");
        redacted = ForeignStreetLine().Replace(redacted, "[address]");
        redacted = Unit().Replace(redacted, "[address]");
        redacted = UkPostcode().Replace(redacted, "[address]");
        redacted = CanadianPostcode().Replace(redacted, "[address]");
        redacted = Eircode().Replace(redacted, "[address]");
        redacted = AustralianPostcode().Replace(redacted, "[address]");
        return UsZip().Replace(redacted, "[address]");
    }

    // A number, one to three capitalised words (or "5th"), a street type, and a compass point: "1600 Pennsylvania Ave NW".
    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?,?\s+(?:(?:\p{Lu}[\p{L}\p{M}'’\-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|place|pl|boulevard|blvd|crescent|cres|terrace|grove|gardens|square|sq|parkway|pkwy|highway|hwy|circle|cir|row|walk|mews|hill|park|view|rise|green|broadway)\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex StreetLine();

    // Typed in lower case: only the unmistakable street types, and at most two words, so that "3 miles down the road"
    // is left alone.
    [GeneratedRegex(@"\b\d{1,5}[a-z]?,?\s+(?:[\p{L}\p{M}'’\-]+\s+){1,2}(?:street|road|avenue|lane|drive|boulevard|crescent|terrace)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseStreetLine();

    // "12 rue de la Paix", "5 calle Mayor": the street type comes first, the name runs to the next comma or stop.
    [GeneratedRegex(@"\b\d{1,5}[a-z]?,?\s+(?:rue|calle|avenida|via|viale|strasse|straße|chemin|allée|boulevard)\s+[\p{L}\p{M}'’\- ]{2,40}?(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignStreetLine();

    [GeneratedRegex(@"\b(?:flat|apt|apartment|unit|suite|po box|p\.o\. box)\.?\s*#?\d+[a-z]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unit();

    // Outward code (area, district) and inward code (sector, unit): "BS1 4DJ", "SW1A 2AA", "m1 2ab".
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();

    // "K1A 0B1": letter, digit, letter, digit, letter, digit, without D, F, I, O, Q or U.
    [GeneratedRegex(@"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CanadianPostcode();

    // Routing key (a letter and two digits, or D6W) and a four-character unique identifier: "D02 X285", "A65 F4E2".
    [GeneratedRegex(@"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Eircode();

    // Four digits are also years and doses, so only after a state or the word postcode: "NSW 2000", "postcode 3000".
    [GeneratedRegex(@"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b|\b(?i:post\s?code|postal code|zip(?: code)?)(?:\s+is)?[:\s]+\d{4,5}(?:-\d{4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex AustralianPostcode();

    [GeneratedRegex(@"\d{5}(?:-\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex WholeZip();

    // Australia Post's codes run from 0200 to 9999; the Northern Territory's start with 0.
    [GeneratedRegex(@"(?:0[2-9]|[1-9]\d)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAustralianPostcode();

    // After a comma or a state, at the end: "Washington, DC 20500", "Sydney NSW 2000", "Austin, TX 78701-1234".
    [GeneratedRegex(@"(?:,|\b[A-Z]{2,3})\s*\d{4,5}(?:-\d{4})?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingZipOrAustralianPostcode();

    // Five digits (and the ZIP+4 extension) standing alone, unless a unit follows: "10000 steps" is not a ZIP.
    [GeneratedRegex(@"(?<![\d.,])\b\d{5}(?:-\d{4})?\b(?![.,]\d)(?!\s*(?i:mg|mcg|iu|cfu|steps|calories|kcal|units|people|words|times|%|miles|km))", RegexOptions.CultureInvariant)]
    private static partial Regex UsZip();
}
