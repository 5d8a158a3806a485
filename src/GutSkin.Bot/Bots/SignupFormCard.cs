using GutSkin.Bot.Conversation;
using GutSkin.Bot.Recognition;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Bots;

/// <summary>The trial signup form as an Adaptive Card (schema 1.5), written by hand: the .NET AdaptiveCards package is
/// not served here. Every input has a label (read out by screen readers), the visitor's values are kept, and an
/// error goes right under its field in the attention colour.</summary>
internal static class SignupFormCard
{
    /// <summary>The attachment's content type for Adaptive Cards.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The card for <paramref name="view"/>.</summary>
    public static Attachment From(SignupFormView view)
    {
        var values = view.Values;
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = view.Title, ["style"] = "heading", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        AddField(body, view, SignupFormField.Name, Text("name", "Your name", values.Name, maxLength: 80, required: true, placeholder: "For example: Jane Smith"));
        AddField(body, view, SignupFormField.Email, Text("email", "Email address", values.Email, maxLength: 254, required: true, style: "Email", placeholder: "For example: jane@example.com"));
        if (view.EmailSuggestion is { } suggestion)
        {
            body.Add(new JObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = "emailCheck",
                ["label"] = "Which email address is right?",
                ["style"] = "expanded",
                ["wrap"] = true,

                // The addresses are in the error above; as titles, Web Chat would turn them into mailto links.
                ["choices"] = new JArray
                {
                    Choice("Yes: use the suggested address", suggestion),
                    Choice("No: keep the address as I typed it", values.Email.Trim()),
                },
            });
        }

        AddField(body, view, SignupFormField.Age, Text("age", "Your age, or your date of birth", values.Age, maxLength: 40, required: true, placeholder: "For example: 34, or 3 March 1990"));
        AddField(body, view, SignupFormField.Street, Text("street", "Street, and town or city", values.Street, maxLength: 300, required: true, multiline: true, placeholder: "For example: 12 High Street, Bristol"));
        AddField(body, view, SignupFormField.Postcode, Text("postcode", "Postcode or ZIP", values.Postcode, maxLength: 10, required: true, placeholder: "For example: BS1 4DJ, or 90210"));
        AddField(body, view, SignupFormField.Country, Countries(values.Country));
        AddField(body, view, SignupFormField.Phone, Text("phone", "Phone for the delivery (optional)", values.Phone, maxLength: 30, required: false, style: "Tel", placeholder: "For example: 07700 900123"));
        body.Add(new JObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = "marketingConsent",
            ["label"] = "Emails with tips and offers (optional)",
            ["title"] = view.ConsentWording,
            ["value"] = values.MarketingConsent ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["wrap"] = true,
        });
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = "You'll get the trial either way.", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true, ["spacing"] = "None" });

        var card = new JObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JArray
            {
                new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = "Send my details",
                    ["data"] = new JObject { [SignupFormValue.FormKey] = SignupFormValue.FormName },
                },
            },
        };
        return new Attachment(ContentType, content: card);
    }

    private static void AddField(JArray body, SignupFormView view, SignupFormField field, JObject input)
    {
        body.Add(input);
        if (view.Errors.TryGetValue(field, out var error))
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = error, ["color"] = "attention", ["wrap"] = true, ["spacing"] = "Small" });
        }
    }

    // Web Chat also renders a hidden screen-reader copy of each card in which a text input is named by its placeholder
    // only (the copy ignores the label): without one, screen readers meet an unlabelled field.
    private static JObject Text(string id, string label, string value, int maxLength, bool required, string placeholder, string? style = null, bool multiline = false)
    {
        var input = new JObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["label"] = label,
            ["value"] = value,
            ["maxLength"] = maxLength,
            ["placeholder"] = placeholder,
        };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"Please fill in: {label}.";
        }

        if (style is not null)
        {
            input["style"] = style;
        }

        if (multiline)
        {
            input["isMultiline"] = true;
        }

        return input;
    }

    private static JObject Countries(string selected) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = "country",
        ["label"] = "Country",
        ["style"] = "compact",
        ["isRequired"] = true,
        ["errorMessage"] = "Please choose the country.",
        ["value"] = selected,
        ["choices"] = new JArray(PostalAddressPatterns.Countries.Select(country => Choice(country.Value, country.Key))),
    };

    private static JObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
