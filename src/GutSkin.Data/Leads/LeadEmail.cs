namespace GutSkin.Data.Leads;

/// <summary>The form of an e-mail address that identifies a lead, shared by every storage provider.</summary>
internal static class LeadEmail
{
    /// <summary>Trims and lower-cases the address so "Ann@Example.com " and "ann@example.com" are one lead.</summary>
    /// <param name="email">The address as entered.</param>
    /// <returns>The normalised address.</returns>
    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}
