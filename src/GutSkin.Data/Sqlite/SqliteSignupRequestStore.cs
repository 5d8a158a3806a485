using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>Signup requests waiting for e-mail confirmation, in the <c>signup_requests</c> table.</summary>
internal sealed class SqliteSignupRequestStore(SqliteDatabase database) : ISignupRequestStore
{
    /// <inheritdoc />
    public async Task AddAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO signup_requests (id, token_hash, email, user_id, lead_json, created_at, expires_at)
            VALUES ($id, $token_hash, $email, $user_id, $lead_json, $created_at, $expires_at);
            """;
        command.Parameters.AddWithValue("$id", Id(request.Id));
        command.Parameters.AddWithValue("$token_hash", request.TokenHash);
        command.Parameters.AddWithValue("$email", LeadEmail.Normalize(request.Lead.Email));
        command.Parameters.AddWithValue("$user_id", request.Lead.UserId);
        command.Parameters.AddWithValue("$lead_json", SignupRequestJson.Write(request.Lead));
        command.Parameters.AddWithValue("$created_at", SqliteTime.ToText(request.CreatedAt));
        command.Parameters.AddWithValue("$expires_at", SqliteTime.ToText(request.ExpiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await DeleteWhereAsync("id = $value", Id(id), cancellationToken) > 0;

    /// <inheritdoc />
    public async Task<SignupConfirmation> ConfirmAsync(Guid id, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;

        // BEGIN IMMEDIATE: the read, the new lead and the used mark are one write, so two clicks cannot both confirm.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT lead_json, expires_at, confirmed_at FROM signup_requests WHERE id = $id AND token_hash = $token_hash;";
        select.Parameters.AddWithValue("$id", Id(id));
        select.Parameters.AddWithValue("$token_hash", tokenHash);
        string? leadJson;
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

            if (SqliteTime.FromText(reader.GetString(1)) <= now)
            {
                return SignupConfirmation.Expired;
            }

            leadJson = reader.GetString(0);
        }

        var lead = SignupRequestJson.Read(leadJson) with { CreatedAt = now, UpdatedAt = now };
        if (!await SqliteLeadStore.InsertNewAsync(connection, lead, cancellationToken))
        {
            return SignupConfirmation.AlreadySignedUp;
        }

        await using var used = connection.CreateCommand();
        used.CommandText = "UPDATE signup_requests SET confirmed_at = $now, email = NULL, lead_json = NULL WHERE id = $id;";
        used.Parameters.AddWithValue("$now", SqliteTime.ToText(now));
        used.Parameters.AddWithValue("$id", Id(id));
        await used.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignupConfirmation.Confirmed;
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        await using var command = writer.Connection.CreateCommand();

        // Used requests hold no personal data but still name the user: they go too, and only pending ones are counted.
        command.CommandText = "DELETE FROM signup_requests WHERE user_id = $value RETURNING confirmed_at IS NULL;";
        command.Parameters.AddWithValue("$value", userId);
        var pending = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending += reader.GetBoolean(0) ? 1 : 0;
        }

        return pending;
    }

    /// <inheritdoc />
    public Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken) =>
        DeleteWhereAsync("email = $value", LeadEmail.Normalize(email), cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteWhereAsync("created_at < $value", SqliteTime.ToText(cutoff), cancellationToken);

    private async Task<int> DeleteWhereAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = $"DELETE FROM signup_requests WHERE {condition};";
        command.Parameters.AddWithValue("$value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Id(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);
}
