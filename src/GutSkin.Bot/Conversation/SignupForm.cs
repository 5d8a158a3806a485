using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Conversation;

/// <summary>The trial signup form as the visitor filled it in, free of any channel's types: the bot class reads it
/// from the card's submitted value. Every field is as typed (possibly empty); the flow validates them.</summary>
/// <param name="Name">The visitor's name.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Age">Their age or date of birth, as typed ("34", "3 March 1990").</param>
/// <param name="Street">The street, town or city of the shipping address.</param>
/// <param name="Postcode">The postcode or ZIP.</param>
/// <param name="Country">The country's ISO 3166 code (GB, IE, US, CA, AU).</param>
/// <param name="Phone">An optional phone number for the delivery.</param>
/// <param name="MarketingConsent">True only when the visitor ticked the marketing box (unticked by default).</param>
/// <param name="EmailCheck">The address the visitor chose after "did you mean…?": the suggestion or the one they
/// typed; empty when they were not asked or did not choose.</param>
internal sealed record SignupForm(
    string Name,
    string Email,
    string Age,
    string Street,
    string Postcode,
    string Country,
    string Phone,
    bool MarketingConsent,
    string EmailCheck = "")
{
    /// <summary>An empty form, with the country guessed from the visitor's locale ("en-GB" → GB) when it is one the
    /// trial ships to.</summary>
    public static SignupForm Empty(string? locale)
    {
        var region = locale?.Split('-', '_') is [_, var code, ..] ? code.ToUpperInvariant() : string.Empty;
        var country = region == "UK" ? "GB" : region;
        return new SignupForm(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            PostalAddressPatterns.Countries.ContainsKey(country) ? country : string.Empty, string.Empty, false);
    }
}
