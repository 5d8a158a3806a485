namespace GutSkin.Data.Sql;

/// <summary>Deletes a table's rows for one user, for "delete my data": durable on return.</summary>
internal static class UserRows
{
    /// <summary>Deletes the rows of <paramref name="table"/> whose <c>user_id</c> is <paramref name="userId"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table (a constant of the caller, never input).</param>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of rows deleted.</returns>
    public static Task<int> DeleteAsync(Database database, string table, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return database.ExecuteAsync(
            Access.DurableWrite, $"DELETE FROM {table} WHERE user_id = @user_id;", command => command.With("user_id", userId), cancellationToken);
    }
}
