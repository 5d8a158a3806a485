using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>An optional range of times in a query: from (included) to (excluded), as the dashboard counts.</summary>
internal static class TimeRange
{
    /// <summary>The WHERE clause for the range, or nothing.</summary>
    /// <param name="column">The time column.</param>
    /// <param name="range">The range, or null for all rows.</param>
    /// <returns>The clause over <c>@from</c> and <c>@to</c>, or an empty string.</returns>
    public static string Where(string column, (DateTimeOffset From, DateTimeOffset To)? range) =>
        range is null ? string.Empty : $"WHERE {column} >= @from AND {column} < @to";

    /// <summary>Adds the range's parameters, if any.</summary>
    /// <param name="command">The command.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="range">The range, or null.</param>
    /// <returns>The command.</returns>
    public static DbCommand Add(DbCommand command, SqlDialect dialect, (DateTimeOffset From, DateTimeOffset To)? range) =>
        range is { } times ? command.WithTime(dialect, "from", times.From).WithTime(dialect, "to", times.To) : command;
}
