using System.Globalization;
using GutSkin.Data.Sql;

namespace GutSkin.Data.Tests.Sql;

/// <summary>Reads a query's first column as text, to look at the file the way an operator would.</summary>
internal static class SqliteQuery
{
    public static async Task<IReadOnlyList<string>> ColumnAsync(SqliteDatabase database, string sql)
    {
        await using var lease = await database.OpenAsync(Access.Read, CancellationToken.None);
        await using var command = lease.Command(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
