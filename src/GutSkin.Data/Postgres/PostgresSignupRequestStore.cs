using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>Signup requests waiting for e-mail confirmation, in the <c>signup_requests</c> table.</summary>
internal sealed class PostgresSignupRequestStore(PostgresDatabase database) : ISignupRequestStore
{
    /// <inheritdoc />
    public async Task AddAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO signup_requests (id, token_hash, email, user_id, lead_json, created_at, expires_at)
            VALUES (@id, @token_hash, @email, @user_id, @lead_json, @created_at, @expires_at);
            """,
            connection);
        command.Parameters.AddWithValue("id", request.Id);
        command.Parameters.AddWithValue("token_hash", request.TokenHash);
        command.Parameters.AddWithValue("email", LeadEmail.Normalize(request.Lead.Email));
        command.Parameters.AddWithValue("user_id", request.Lead.UserId);
        command.Parameters.AddWithValue("lead_json", SignupRequestJson.Write(request.Lead));
        command.Parameters.AddWithValue("created_at", PostgresTime.ToUtc(request.CreatedAt));
        command.Parameters.AddWithValue("expires_at", PostgresTime.ToUtc(request.ExpiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM signup_requests WHERE id = @id;", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task<SignupConfirmation> ConfirmAsync(Guid id, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // FOR UPDATE: a second click, on this instance or another, waits here and then finds the request used.
        await using var select = new NpgsqlCommand(
            "SELECT lead_json, expires_at, confirmed_at FROM signup_requests WHERE id = @id AND token_hash = @token_hash FOR UPDATE;",
            connection,
            transaction);
        select.Parameters.AddWithValue("id", id);
        select.Parameters.AddWithValue("token_hash", tokenHash);
        string leadJson;
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

            if (reader.GetFieldValue<DateTimeOffset>(1) <= now)
            {
                return SignupConfirmation.Expired;
            }

            leadJson = reader.GetString(0);
        }

        var lead = SignupRequestJson.Read(leadJson) with { CreatedAt = now, UpdatedAt = now };
        if (!await PostgresLeadStore.InsertNewAsync(connection, transaction, lead, cancellationToken))
        {
            return SignupConfirmation.AlreadySignedUp;
        }

        await using var used = new NpgsqlCommand(
            "UPDATE signup_requests SET confirmed_at = @now, email = NULL, lead_json = NULL WHERE id = @id;", connection, transaction);
        used.Parameters.AddWithValue("now", PostgresTime.ToUtc(now));
        used.Parameters.AddWithValue("id", id);
        await used.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignupConfirmation.Confirmed;
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);

        // Used requests hold no personal data but still name the user: they go too, and only pending ones are counted.
        await using var command = new NpgsqlCommand(
            """
            WITH deleted AS (DELETE FROM signup_requests WHERE user_id = @value RETURNING confirmed_at)
            SELECT count(*) FILTER (WHERE confirmed_at IS NULL)::integer FROM deleted;
            """,
            connection);
        command.Parameters.AddWithValue("value", userId);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken) =>
        DeleteWhereAsync("email = @value", LeadEmail.Normalize(email), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteWhereAsync("created_at < @value", PostgresTime.ToUtc(cutoff), cancellationToken);

    private async Task<int> DeleteWhereAsync<T>(string condition, T value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DELETE FROM signup_requests WHERE {condition};", connection);
        command.Parameters.AddWithValue("value", value!);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
