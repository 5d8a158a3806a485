using Npgsql;
using NpgsqlTypes;

namespace GutSkin.Data.Postgres;

/// <summary>Leads in the <c>leads</c> table, unique per (e-mail, offer).</summary>
internal sealed class PostgresLeadStore(PostgresDatabase database) : ILeadStore
{
    private const string InsertLead = """
        INSERT INTO leads (offer, email, name, address, phone, age_confirmed, marketing_consent,
                           consent_at, consent_version, user_id, channel, created_at, updated_at)
        VALUES (@offer, @email, @name, @address, @phone, @age_confirmed, @marketing_consent,
                @consent_at, @consent_version, @user_id, @channel, @created_at, @updated_at)
        """;

    /// <summary>Inserts the lead unless its (e-mail, offer) is already stored; shared with the confirmation of a signup
    /// request, which must never touch a stored lead.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The caller's transaction.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the insert.</param>
    /// <returns>Whether the lead was inserted.</returns>
    internal static async Task<bool> InsertNewAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Lead lead, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"{InsertLead} ON CONFLICT (email, offer) DO NOTHING;", connection, transaction);
        AddParameters(command, lead);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Email, nameof(lead));
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Offer, nameof(lead));

        await using var connection = await database.OpenAsync(cancellationToken);

        // One atomic statement: the UNIQUE constraint decides between insert and update even when instances race; the
        // update only touches the same user's lead, and returns no row when the address belongs to another user.
        // xmax is 0 only on a row version this statement inserted; a row it updated carries this transaction's id.
        await using var command = new NpgsqlCommand(
            $"""
            {InsertLead}
            ON CONFLICT (email, offer) DO UPDATE SET
                name = excluded.name, address = excluded.address, phone = excluded.phone,
                age_confirmed = excluded.age_confirmed, marketing_consent = excluded.marketing_consent,
                consent_at = excluded.consent_at, consent_version = excluded.consent_version,
                channel = excluded.channel, updated_at = excluded.updated_at
            WHERE leads.user_id = excluded.user_id
            RETURNING xmax = 0;
            """,
            connection);
        AddParameters(command, lead);
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            true => LeadSaveResult.Created,
            false => LeadSaveResult.Updated,
            _ => LeadSaveResult.Kept,
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // COLLATE "C" orders by code point, as SQLite does, whatever the database's locale.
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {LeadRow.Columns}
            FROM leads
            ORDER BY created_at, email COLLATE "C", offer COLLATE "C";
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => LeadRow.Read(row, (r, column) => r.GetFieldValue<DateTimeOffset>(column)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return ListWhereAsync("user_id = @value", userId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> ListForEmailAsync(string email, CancellationToken cancellationToken) =>
        ListWhereAsync("email = @value", LeadEmail.Normalize(email), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return DeleteLoggedAsync("user_id = @value", userId, DeletionRequester.Visitor, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken) =>
        DeleteLoggedAsync("email = @value", LeadEmail.Normalize(email), DeletionRequester.Staff, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<LeadDeletion>> ListDeletionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT deleted_at, requested_by, leads_deleted FROM lead_deletions ORDER BY id;", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new LeadDeletion(row.GetFieldValue<DateTimeOffset>(0), Enum.Parse<DeletionRequester>(row.GetString(1)), row.GetInt32(2)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM leads WHERE updated_at < @cutoff;", connection);
        command.Parameters.AddWithValue("cutoff", PostgresTime.ToUtc(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Lead>> ListWhereAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {LeadRow.Columns}
            FROM leads
            WHERE {condition}
            ORDER BY created_at, email COLLATE "C", offer COLLATE "C";
            """,
            connection);
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => LeadRow.Read(row, (r, column) => r.GetFieldValue<DateTimeOffset>(column)), cancellationToken);
    }

    // One statement: the delete and its log entry commit together, so a deletion is never done without being recorded.
    private async Task<int> DeleteLoggedAsync(string condition, string value, DeletionRequester requestedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            WITH deleted AS (DELETE FROM leads WHERE {condition} RETURNING 1)
            INSERT INTO lead_deletions (deleted_at, requested_by, leads_deleted)
            SELECT now(), @requested_by, count(*) FROM deleted
            RETURNING leads_deleted;
            """,
            connection);
        command.Parameters.AddWithValue("value", value);
        command.Parameters.AddWithValue("requested_by", requestedBy.ToString());
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void AddParameters(NpgsqlCommand command, Lead lead)
    {
        command.Parameters.AddWithValue("offer", lead.Offer);
        command.Parameters.AddWithValue("email", LeadEmail.Normalize(lead.Email));
        command.Parameters.AddWithValue("name", lead.Name);
        command.Parameters.AddWithValue("address", NpgsqlDbType.Text, (object?)lead.Address ?? DBNull.Value);
        command.Parameters.AddWithValue("phone", NpgsqlDbType.Text, (object?)lead.Phone ?? DBNull.Value);
        command.Parameters.AddWithValue("age_confirmed", lead.AgeConfirmed);
        command.Parameters.AddWithValue("marketing_consent", lead.MarketingConsent);
        command.Parameters.AddWithValue(
            "consent_at", NpgsqlDbType.TimestampTz, lead.ConsentAt is { } consentAt ? PostgresTime.ToUtc(consentAt) : DBNull.Value);
        command.Parameters.AddWithValue("consent_version", NpgsqlDbType.Text, (object?)lead.ConsentVersion ?? DBNull.Value);
        command.Parameters.AddWithValue("user_id", lead.UserId);
        command.Parameters.AddWithValue("channel", lead.Channel);
        command.Parameters.AddWithValue("created_at", PostgresTime.ToUtc(lead.CreatedAt));
        command.Parameters.AddWithValue("updated_at", PostgresTime.ToUtc(lead.UpdatedAt));
    }
}
