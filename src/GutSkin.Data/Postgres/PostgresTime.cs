namespace GutSkin.Data.Postgres;

/// <summary>Times as Npgsql writes them to <c>timestamptz</c>.</summary>
internal static class PostgresTime
{
    /// <summary>
    /// The same instant with offset zero: Npgsql refuses any other offset for <c>timestamptz</c> rather than guess.
    /// </summary>
    /// <param name="value">The time.</param>
    /// <returns>The time in UTC.</returns>
    public static DateTimeOffset ToUtc(DateTimeOffset value) => value.ToUniversalTime();
}
