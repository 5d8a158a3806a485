using GutSkin.Data.Leads;
using GutSkin.Data.Sql;

namespace GutSkin.Data.SignupRequests;

/// <summary>Signup requests waiting for e-mail confirmation, in the <c>signup_requests</c> table.</summary>
internal sealed class SignupRequestStore(Database database) : ISignupRequestStore
{
    private SqlDialect Dialect => database.Dialect;

    /// <inheritdoc />
    public Task AddAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return database.ExecuteAsync(
            Access.DurableWrite,
            """
            INSERT INTO signup_requests (id, token_hash, email, user_id, lead_json, created_at, expires_at)
            VALUES (@id, @token_hash, @email, @user_id, @lead_json, @created_at, @expires_at);
            """,
            command => command
                .With("id", Dialect.Id(request.Id))
                .With("token_hash", request.TokenHash)
                .With("email", LeadEmail.Normalize(request.Lead.Email))
                .With("user_id", request.Lead.UserId)
                .With("lead_json", SignupRequestJson.Write(request.Lead))
                .WithTime(Dialect, "created_at", request.CreatedAt)
                .WithTime(Dialect, "expires_at", request.ExpiresAt),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await DeleteWhereAsync("id = @value", Dialect.Id(id), cancellationToken) > 0;

    /// <inheritdoc />
    public async Task<SignupConfirmation> ConfirmAsync(Guid id, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        await using var lease = await database.OpenAsync(Access.DurableWrite, cancellationToken);

        // The read, the new lead and the used mark are one write transaction whose read locks the request (SQLite's
        // BEGIN IMMEDIATE, PostgreSQL's FOR UPDATE): a second click, on this instance or another, waits and then finds
        // the request used.
        await using var transaction = await Dialect.BeginWriteAsync(lease.Connection, cancellationToken);
        string leadJson;
        await using (var select = lease.Command(
                $"SELECT lead_json, expires_at, confirmed_at FROM signup_requests WHERE id = @id AND token_hash = @token_hash{Dialect.ForUpdate};",
                transaction)
            .With("id", Dialect.Id(id))
            .With("token_hash", tokenHash))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return SignupConfirmation.NotFound;
            }

            if (!reader.IsDBNull(2))
            {
                return SignupConfirmation.AlreadyConfirmed;
            }

            if (Dialect.ReadTime(reader, 1) <= now)
            {
                return SignupConfirmation.Expired;
            }

            leadJson = reader.GetString(0);
        }

        var lead = SignupRequestJson.Read(leadJson) with { CreatedAt = now, UpdatedAt = now };
        if (!await LeadRow.InsertNewAsync(lease, transaction, Dialect, lead, cancellationToken))
        {
            return SignupConfirmation.AlreadySignedUp;
        }

        await using var used = lease.Command("UPDATE signup_requests SET confirmed_at = @now, email = NULL, lead_json = NULL WHERE id = @id;", transaction)
            .WithTime(Dialect, "now", now)
            .With("id", Dialect.Id(id));
        await used.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignupConfirmation.Confirmed;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignup>> ListPendingForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return database.QueryAsync(
            Access.Read,
            "SELECT lead_json, expires_at FROM signup_requests WHERE user_id = @value AND confirmed_at IS NULL ORDER BY created_at;",
            command => command.With("value", userId),
            row => new PendingSignup(SignupRequestJson.Read(row.GetString(0)), Dialect.ReadTime(row, 1)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);

        // Used requests hold no personal data but still name the user: they go too, and only pending ones are counted.
        var pending = await database.QueryAsync(
            Access.DurableWrite,
            "DELETE FROM signup_requests WHERE user_id = @value RETURNING confirmed_at IS NULL;",
            command => command.With("value", userId),
            row => row.GetBoolean(0),
            cancellationToken);
        return pending.Count(isPending => isPending);
    }

    /// <inheritdoc />
    public Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken) =>
        DeleteWhereAsync("email = @value", LeadEmail.Normalize(email), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteWhereAsync("created_at < @value", Dialect.Time(cutoff), cancellationToken);

    private Task<int> DeleteWhereAsync(string condition, object value, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            Access.DurableWrite, $"DELETE FROM signup_requests WHERE {condition};", command => command.With("value", value), cancellationToken);
}
