using System.Globalization;
using GutSkin.Data.Sqlite;

namespace GutSkin.Data.Tests.Sqlite;

/// <summary>Reads a query's first column as text, to look at the file the way an operator would.</summary>
internal static class SqliteQuery
{
    public static async Task<IReadOnlyList<string>> ColumnAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
