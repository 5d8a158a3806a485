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
        var result = LeadSaveResult.Created;
        if (!await InsertNewAsync(connection, lead, cancellationToken))
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

    /// <summary>Inserts the lead unless its (e-mail, offer) is already stored; shared with the confirmation of a signup
    /// request, which must never touch a stored lead.</summary>
    /// <param name="connection">A writer's connection, in the caller's transaction.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the insert.</param>
    /// <returns>Whether the lead was inserted.</returns>
    internal static async Task<bool> InsertNewAsync(SqliteConnection connection, Lead lead, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO leads (offer, email, name, address, phone, age_confirmed, marketing_consent,
                               consent_at, consent_version, user_id, channel, created_at, updated_at)
            VALUES ($offer, $email, $name, $address, $phone, $age_confirmed, $marketing_consent,
                    $consent_at, $consent_version, $user_id, $channel, $created_at, $updated_at)
            ON CONFLICT (email, offer) DO NOTHING;
            """;
        AddParameters(insert, lead);
        return await insert.ExecuteNonQueryAsync(cancellationToken) > 0;
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
    public Task<IReadOnlyList<Lead>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return ListWhereAsync("user_id = $value", userId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> ListForEmailAsync(string email, CancellationToken cancellationToken) =>
        ListWhereAsync("email = $value", LeadEmail.Normalize(email), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return DeleteLoggedAsync("user_id = $value", userId, DeletionRequester.Visitor, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken) =>
        DeleteLoggedAsync("email = $value", LeadEmail.Normalize(email), DeletionRequester.Staff, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<LeadDeletion>> ListDeletionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT deleted_at, requested_by, leads_deleted FROM lead_deletions ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new LeadDeletion(SqliteTime.FromText(row.GetString(0)), Enum.Parse<DeletionRequester>(row.GetString(1)), row.GetInt32(2)),
            cancellationToken);
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

    private async Task<IReadOnlyList<Lead>> ListWhereAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {LeadRow.Columns}
            FROM leads
            WHERE {condition}
            ORDER BY created_at, email, offer;
            """;
        command.Parameters.AddWithValue("$value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => LeadRow.Read(row, (r, column) => SqliteTime.FromText(r.GetString(column))), cancellationToken);
    }

    // The delete and its log entry commit together: a deletion is never done without being recorded, nor recorded
    // without being done.
    private async Task<int> DeleteLoggedAsync(string condition, string value, DeletionRequester requestedBy, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var delete = connection.CreateCommand();
        delete.CommandText = $"DELETE FROM leads WHERE {condition};";
        delete.Parameters.AddWithValue("$value", value);
        var deleted = await delete.ExecuteNonQueryAsync(cancellationToken);

        await using var log = connection.CreateCommand();
        log.CommandText = "INSERT INTO lead_deletions (deleted_at, requested_by, leads_deleted) VALUES ($deleted_at, $requested_by, $leads_deleted);";
        log.Parameters.AddWithValue("$deleted_at", SqliteTime.ToText(DateTimeOffset.UtcNow));
        log.Parameters.AddWithValue("$requested_by", requestedBy.ToString());
        log.Parameters.AddWithValue("$leads_deleted", deleted);
        await log.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
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
