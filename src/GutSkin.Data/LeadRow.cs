using System.Data.Common;

namespace GutSkin.Data;

/// <summary>A row of the leads table as both stores select it, so that a new column is added in one place.</summary>
internal static class LeadRow
{
    /// <summary>The selected columns, in the order <see cref="Read"/> expects them.</summary>
    public const string Columns = """
        offer, email, name, address, phone, age_confirmed, marketing_consent,
        consent_at, consent_version, user_id, channel, created_at, updated_at
        """;

    /// <summary>Reads the current row.</summary>
    /// <param name="reader">A reader positioned on a row of <see cref="Columns"/>.</param>
    /// <param name="readTime">Reads the time in a column: the stores keep times differently.</param>
    /// <returns>The lead.</returns>
    public static Lead Read(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> readTime) =>
        new(
            Offer: reader.GetString(0),
            Email: reader.GetString(1),
            Name: reader.GetString(2),
            Address: reader.IsDBNull(3) ? null : reader.GetString(3),
            Phone: reader.IsDBNull(4) ? null : reader.GetString(4),
            AgeConfirmed: reader.GetBoolean(5),
            MarketingConsent: reader.GetBoolean(6),
            ConsentAt: reader.IsDBNull(7) ? null : readTime(reader, 7),
            ConsentVersion: reader.IsDBNull(8) ? null : reader.GetString(8),
            UserId: reader.GetString(9),
            Channel: reader.GetString(10),
            CreatedAt: readTime(reader, 11),
            UpdatedAt: readTime(reader, 12));
}
