using System.Globalization;

namespace GutSkin.Data.Sql;

/// <summary>Times as fixed-width ISO 8601 UTC text, so that text order is time order (MAX, ORDER BY).</summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Formats a time for storage.</summary>
    /// <param name="value">The time.</param>
    /// <returns>The UTC time as text.</returns>
    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses a stored time.</summary>
    /// <param name="text">Text written by <see cref="ToText"/>.</param>
    /// <returns>The time, with offset zero.</returns>
    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
