using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>Leads in the <c>leads</c> table, unique per (e-mail, offer).</summary>
internal sealed class SqliteLeadStore(SqliteDatabase database) : ILeadStore
{
    /// <inheritdoc />
    public async Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Email, nameof(lead));
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Offer, nameof(lead));

        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;

        // Insert-or-nothing, then update the same user's lead, in one write transaction: the UNIQUE constraint decides
        // which, and the caller learns whether the signup was new, updated, or left to the user who stored it first.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO leads (offer, email, name, address, phone, age_confirmed, marketing_consent,
                               consent_at, consent_version, user_id, channel, created_at, updated_at)
            VALUES ($offer, $email, $name, $address, $phone, $age_confirmed, $marketing_consent,
                    $consent_at, $consent_version, $user_id, $channel, $created_at, $updated_at)
            ON CONFLICT (email, offer) DO NOTHING;
            """;
        AddParameters(insert, lead);
        var result = LeadSaveResult.Created;
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var update = connection.CreateCommand();
            update.CommandText = """
                UPDATE leads SET name = $name, address = $address, phone = $phone, age_confirmed = $age_confirmed,
                                 marketing_consent = $marketing_consent, consent_at = $consent_at,
                                 consent_version = $consent_version, user_id = $user_id, channel = $channel,
                                 updated_at = $updated_at
                WHERE email = $email AND offer = $offer AND user_id = $user_id;
                """;
            AddParameters(update, lead);
            result = await update.ExecuteNonQueryAsync(cancellationToken) == 0 ? LeadSaveResult.Kept : LeadSaveResult.Updated;
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {LeadRow.Columns}
            FROM leads
            ORDER BY created_at, email, offer;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => LeadRow.Read(row, (r, column) => SqliteTime.FromText(r.GetString(column))), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM leads WHERE user_id = $user_id;";
        command.Parameters.AddWithValue("$user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;
        await using var command = connection.CreateCommand();

        // Fixed-width UTC text compares in time order (see SqliteTime).
        command.CommandText = "DELETE FROM leads WHERE updated_at < $cutoff;";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.ToText(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameters(SqliteCommand command, Lead lead)
    {
        command.Parameters.AddWithValue("$offer", lead.Offer);
        command.Parameters.AddWithValue("$email", LeadEmail.Normalize(lead.Email));
        command.Parameters.AddWithValue("$name", lead.Name);
        command.Parameters.AddWithValue("$address", (object?)lead.Address ?? DBNull.Value);
        command.Parameters.AddWithValue("$phone", (object?)lead.Phone ?? DBNull.Value);
        command.Parameters.AddWithValue("$age_confirmed", lead.AgeConfirmed);
        command.Parameters.AddWithValue("$marketing_consent", lead.MarketingConsent);
        command.Parameters.AddWithValue(
            "$consent_at", lead.ConsentAt is { } consentAt ? SqliteTime.ToText(consentAt) : DBNull.Value);
        command.Parameters.AddWithValue("$consent_version", (object?)lead.ConsentVersion ?? DBNull.Value);
        command.Parameters.AddWithValue("$user_id", lead.UserId);
        command.Parameters.AddWithValue("$channel", lead.Channel);
        command.Parameters.AddWithValue("$created_at", SqliteTime.ToText(lead.CreatedAt));
        command.Parameters.AddWithValue("$updated_at", SqliteTime.ToText(lead.UpdatedAt));
    }
}
