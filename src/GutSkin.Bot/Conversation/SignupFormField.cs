namespace GutSkin.Bot.Conversation;

/// <summary>A field of the trial signup form, to put an error next to.</summary>
internal enum SignupFormField
{
    /// <summary>The name.</summary>
    Name,

    /// <summary>The email address (also where "did you mean…?" goes).</summary>
    Email,

    /// <summary>The age or date of birth.</summary>
    Age,

    /// <summary>The street, town or city.</summary>
    Street,

    /// <summary>The postcode or ZIP.</summary>
    Postcode,

    /// <summary>The country.</summary>
    Country,

    /// <summary>The optional phone number.</summary>
    Phone,
}
