using System.Data.Common;
using GutSkin.Data.Sql;

namespace GutSkin.Data.Leads;

/// <summary>A row of the leads table, written and read in one place, so that a new column is added once.</summary>
internal static class LeadRow
{
    /// <summary>The selected columns, in the order <see cref="Read"/> expects them.</summary>
    public const string Columns = """
        offer, email, name, address, phone, age_confirmed, marketing_consent,
        consent_at, consent_version, user_id, channel, created_at, updated_at
        """;

    /// <summary>Inserts a lead, before its <c>ON CONFLICT</c> clause; parameters from <see cref="AddParameters"/>.</summary>
    public const string Insert = $"""
        INSERT INTO leads ({Columns})
        VALUES (@offer, @email, @name, @address, @phone, @age_confirmed, @marketing_consent,
                @consent_at, @consent_version, @user_id, @channel, @created_at, @updated_at)
        """;

    /// <summary>Adds a lead's fields as the parameters of <see cref="Insert"/>, its address normalised.</summary>
    /// <param name="command">The command.</param>
    /// <param name="dialect">The engine's dialect, for the times.</param>
    /// <param name="lead">The lead.</param>
    /// <returns>The command.</returns>
    public static DbCommand AddParameters(DbCommand command, SqlDialect dialect, Lead lead) =>
        command
            .With("offer", lead.Offer)
            .With("email", LeadEmail.Normalize(lead.Email))
            .With("name", lead.Name)
            .With("address", lead.Address)
            .With("phone", lead.Phone)
            .With("age_confirmed", lead.AgeConfirmed)
            .With("marketing_consent", lead.MarketingConsent)
            .WithTime(dialect, "consent_at", lead.ConsentAt)
            .With("consent_version", lead.ConsentVersion)
            .With("user_id", lead.UserId)
            .With("channel", lead.Channel)
            .WithTime(dialect, "created_at", lead.CreatedAt)
            .WithTime(dialect, "updated_at", lead.UpdatedAt);

    /// <summary>Reads the current row.</summary>
    /// <param name="reader">A reader positioned on a row of <see cref="Columns"/>.</param>
    /// <param name="dialect">The engine's dialect, for the times.</param>
    /// <returns>The lead.</returns>
    public static Lead Read(DbDataReader reader, SqlDialect dialect) =>
        new(
            Offer: reader.GetString(0),
            Email: reader.GetString(1),
            Name: reader.GetString(2),
            Address: reader.IsDBNull(3) ? null : reader.GetString(3),
            Phone: reader.IsDBNull(4) ? null : reader.GetString(4),
            AgeConfirmed: reader.GetBoolean(5),
            MarketingConsent: reader.GetBoolean(6),
            ConsentAt: reader.IsDBNull(7) ? null : dialect.ReadTime(reader, 7),
            ConsentVersion: reader.IsDBNull(8) ? null : reader.GetString(8),
            UserId: reader.GetString(9),
            Channel: reader.GetString(10),
            CreatedAt: dialect.ReadTime(reader, 11),
            UpdatedAt: dialect.ReadTime(reader, 12));

    /// <summary>Inserts the lead unless its (e-mail, offer) is already stored; shared with the confirmation of a signup
    /// request, which must never touch a stored lead.</summary>
    /// <param name="lease">The connection.</param>
    /// <param name="transaction">The caller's transaction.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the insert.</param>
    /// <returns>Whether the lead was inserted.</returns>
    public static async Task<bool> InsertNewAsync(
        ConnectionLease lease, DbTransaction transaction, SqlDialect dialect, Lead lead, CancellationToken cancellationToken)
    {
        await using var command = AddParameters(lease.Command($"{Insert} ON CONFLICT (email, offer) DO NOTHING;", transaction), dialect, lead);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
