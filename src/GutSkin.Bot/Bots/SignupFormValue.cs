using System.Globalization;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Security;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Bots;

/// <summary>Reads the trial signup form from a submitted card: Web Chat and Teams send the inputs' values, merged with
/// the Action.Submit's data, as the message's <see cref="Activity.Value"/>, and no text.</summary>
internal static class SignupFormValue
{
    /// <summary>The Action.Submit's data that marks the submit as this form's.</summary>
    public const string FormKey = "form";

    /// <summary>The value of <see cref="FormKey"/>.</summary>
    public const string FormName = "trial-signup";

    // Far longer than any real answer (a name is at most 80 characters, an address 300); the recognizers are not run
    // over pages of text.
    private const int MaxFieldLength = 1000;

    /// <summary>True when the activity is a card's submit: a value and no text.</summary>
    public static bool IsSubmit(IMessageActivity activity) => activity.Value is not null && string.IsNullOrWhiteSpace(activity.Text);

    /// <summary>The form in <paramref name="value"/>, or null when it is not this form's submit or cannot be read (not
    /// an object, a field that is an object or list, a field of more than a thousand characters).</summary>
    public static SignupForm? Read(object? value)
    {
        if (value is not JObject submitted || Field(submitted, FormKey) != FormName)
        {
            return null;
        }

        string[] names = ["name", "email", "age", "street", "postcode", "country", "phone", "marketingConsent", "emailCheck"];
        var fields = names.Select(name => Field(submitted, name)).ToArray();
        if (fields.Any(field => field is null))
        {
            return null;
        }

        return new SignupForm(
            Name: fields[0]!,
            Email: fields[1]!,
            Age: fields[2]!,
            Street: fields[3]!,
            Postcode: fields[4]!,
            Country: fields[5]!.Trim(),
            Phone: fields[6]!,
            MarketingConsent: string.Equals(fields[7], "true", StringComparison.OrdinalIgnoreCase),
            EmailCheck: fields[8]!.Trim());
    }

    // A missing or null field is empty (an optional input left blank); a field that is not a plain value is garbled.
    private static string? Field(JObject submitted, string name) => submitted[name] switch
    {
        null or JValue { Type: JTokenType.Null } => string.Empty,
        JValue { Value: { } plain } when Convert.ToString(plain, CultureInfo.InvariantCulture) is { Length: <= MaxFieldLength } text => InputText.Clean(text),
        _ => null,
    };
}
