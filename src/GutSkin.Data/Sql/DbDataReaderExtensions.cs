using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>Reading every row of a result, shared by the SQLite and PostgreSQL stores.</summary>
internal static class DbDataReaderExtensions
{
    /// <summary>Reads the remaining rows, each with <paramref name="read"/>.</summary>
    /// <typeparam name="T">What a row becomes.</typeparam>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="read">Reads the current row.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows in the order read.</returns>
    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        this DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
