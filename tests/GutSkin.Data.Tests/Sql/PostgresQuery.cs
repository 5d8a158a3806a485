using System.Globalization;
using Npgsql;

namespace GutSkin.Data.Tests.Sql;

/// <summary>Reads a query's first column as text on a connection of its own, outside the code under test.</summary>
internal static class PostgresQuery
{
    public static async Task<IReadOnlyList<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
