using GutSkin.Data.Sql;

namespace GutSkin.Data.Leads;

/// <summary>Leads in the <c>leads</c> table, unique per (e-mail, offer), and the deletion log.</summary>
internal sealed class LeadStore(Database database) : ILeadStore
{
    private const string Update = """
        UPDATE leads SET name = @name, address = @address, phone = @phone, age_confirmed = @age_confirmed,
                         marketing_consent = @marketing_consent, consent_at = @consent_at,
                         consent_version = @consent_version, channel = @channel, updated_at = @updated_at
        """;

    private SqlDialect Dialect => database.Dialect;

    /// <inheritdoc />
    public async Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Email, nameof(lead));
        ArgumentException.ThrowIfNullOrWhiteSpace(lead.Offer, nameof(lead));

        await using var lease = await database.OpenAsync(Access.DurableWrite, cancellationToken);
        return Dialect.InsertedFlag is { } inserted
            ? await UpsertInOneStatementAsync(lease, lead, inserted, cancellationToken)
            : await InsertElseUpdateAsync(lease, lead, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken) =>
        ListWhereAsync(null, null, cancellationToken);

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
    public Task<int> DeleteForEmailAsync(string email, DeletionRequester requester, CancellationToken cancellationToken) =>
        DeleteLoggedAsync("email = @value", LeadEmail.Normalize(email), requester, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LeadDeletion>> ListDeletionsAsync(CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            "SELECT deleted_at, requested_by, leads_deleted FROM lead_deletions ORDER BY id;",
            command => command,
            row => new LeadDeletion(Dialect.ReadTime(row, 0), Enum.Parse<DeletionRequester>(row.GetString(1)), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            Access.DurableWrite, "DELETE FROM leads WHERE updated_at < @cutoff;", command => command.WithTime(Dialect, "cutoff", cutoff), cancellationToken);

    // One atomic statement: the UNIQUE constraint decides between insert and update even when instances race; the
    // update only touches the same user's lead, and returns no row when the address belongs to another user.
    private async Task<LeadSaveResult> UpsertInOneStatementAsync(ConnectionLease lease, Lead lead, string inserted, CancellationToken cancellationToken)
    {
        await using var command = LeadRow.AddParameters(
            lease.Command(
                $"""
                {LeadRow.Insert}
                ON CONFLICT (email, offer) DO UPDATE SET
                    name = excluded.name, address = excluded.address, phone = excluded.phone,
                    age_confirmed = excluded.age_confirmed, marketing_consent = excluded.marketing_consent,
                    consent_at = excluded.consent_at, consent_version = excluded.consent_version,
                    channel = excluded.channel, updated_at = excluded.updated_at
                WHERE leads.user_id = excluded.user_id
                RETURNING {inserted};
                """),
            Dialect,
            lead);
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            true => LeadSaveResult.Created,
            false => LeadSaveResult.Updated,
            _ => LeadSaveResult.Kept,
        };
    }

    // Insert-or-nothing, then update the same user's lead, in one write transaction: the UNIQUE constraint decides
    // which, and the caller learns whether the signup was new, updated, or left to the user who stored it first.
    private async Task<LeadSaveResult> InsertElseUpdateAsync(ConnectionLease lease, Lead lead, CancellationToken cancellationToken)
    {
        await using var transaction = await Dialect.BeginWriteAsync(lease.Connection, cancellationToken);
        var result = LeadSaveResult.Created;
        if (!await LeadRow.InsertNewAsync(lease, transaction, Dialect, lead, cancellationToken))
        {
            await using var update = LeadRow.AddParameters(
                lease.Command($"{Update} WHERE email = @email AND offer = @offer AND user_id = @user_id;", transaction), Dialect, lead);
            result = await update.ExecuteNonQueryAsync(cancellationToken) == 0 ? LeadSaveResult.Kept : LeadSaveResult.Updated;
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task<IReadOnlyList<Lead>> ListWhereAsync(string? condition, string? value, CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            $"""
            SELECT {LeadRow.Columns}
            FROM leads
            {(condition is null ? string.Empty : "WHERE " + condition)}
            ORDER BY created_at, {Dialect.ByCodePoint("email")}, {Dialect.ByCodePoint("offer")};
            """,
            command => value is null ? command : command.With("value", value),
            row => LeadRow.Read(row, Dialect),
            cancellationToken);

    // The delete and its log entry commit together: a deletion is never done without being recorded, nor recorded
    // without being done.
    private async Task<int> DeleteLoggedAsync(string condition, string value, DeletionRequester requestedBy, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenAsync(Access.DurableWrite, cancellationToken);
        await using var transaction = await Dialect.BeginWriteAsync(lease.Connection, cancellationToken);
        int deleted;
        await using (var delete = lease.Command($"DELETE FROM leads WHERE {condition};", transaction).With("value", value))
        {
            deleted = await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var log = lease.Command(
                $"INSERT INTO lead_deletions (deleted_at, requested_by, leads_deleted) VALUES ({Dialect.Now}, @requested_by, @leads_deleted);",
                transaction)
            .With("requested_by", requestedBy.ToString())
            .With("leads_deleted", deleted);
        await log.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
