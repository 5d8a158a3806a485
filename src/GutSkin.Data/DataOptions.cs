namespace GutSkin.Data;

/// <summary>Storage settings, bound from the "Storage" configuration section.</summary>
public sealed class DataOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Storage";

    /// <summary>
    /// Folder that holds the SQLite database file <c>gutskin.db</c>; relative paths are taken from the current
    /// directory. Empty (the default) means <c>data/</c> beside the repository's <c>knowledge/</c> folder
    /// (<see cref="DataFolder.Default"/>), the same for the bot and the CLI. The folder is created on first run.
    /// Not used when <see cref="ConnectionString"/> is set.
    /// </summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>
    /// An Npgsql connection string, e.g. <c>Host=db;Database=gutskin;Username=gutskin;Password=…</c>
    /// (environment variable <c>Storage__ConnectionString</c>). When set, every store is kept in that PostgreSQL
    /// database, which several bot instances can share; when empty, the zero-setup SQLite file is used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How many days a lead is kept after its last update (<see cref="Lead.UpdatedAt"/>), 1 to 3650; older leads are
    /// deleted at start-up and every six hours. Null (the default) keeps leads until the visitor asks to be deleted.
    /// </summary>
    public int? LeadRetentionDays { get; set; }

    /// <summary>
    /// How many days the per-turn analytics rows behind the staff dashboard (<see cref="TurnEvent"/>, no personal
    /// data) are kept, 1 to 3650; older rows are deleted at start-up and every six hours. Null (the default) keeps them.
    /// </summary>
    public int? EventRetentionDays { get; set; }

    /// <summary>
    /// How many turn analytics rows the background writer puts in one transaction at most, 1 to 10,000 (default 32).
    /// A batch is written as soon as this many rows are queued, or <see cref="EventFlushMilliseconds"/> after the first.
    /// Small on purpose: on SQLite every turn's own write waits while a batch holds the single write lock.
    /// </summary>
    public int EventBatchSize { get; set; } = 32;

    /// <summary>
    /// How long the background writer gathers turn analytics rows before writing them in one transaction, in
    /// milliseconds, 10 to 60,000 (default 250). The dashboard of the same instance always writes the queue first;
    /// other instances' dashboards see a turn at most this long after it.
    /// </summary>
    public int EventFlushMilliseconds { get; set; } = 250;

    /// <summary>
    /// How many turn analytics rows may wait in memory for the background writer, at least
    /// <see cref="EventBatchSize"/> and at most 1,000,000 (default 10,000). When the database falls this far behind,
    /// the oldest waiting row is dropped (logged and counted in the metric <c>gutskin.turn_events.dropped</c>): a turn
    /// never waits for its analytics row.
    /// </summary>
    public int EventQueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// How many days a signup waiting for e-mail confirmation (double opt-in) is kept, 1 to 3650, default 7; older
    /// requests, confirmed or not, are deleted at start-up and every six hours. Confirmed ones hold no personal data
    /// once their lead is stored; unconfirmed ones hold the details the visitor typed, so they must not stay for long.
    /// </summary>
    public int UnconfirmedSignupRetentionDays { get; set; } = 7;

    /// <summary>
    /// How many days a conversation's state is kept after its last write, 1 to 3650 (default 30): a visitor's
    /// conversation, a signup left unfinished in it, and a user's list of signup conversations are deleted when not
    /// written to for that long, at start-up and every six hours. Empty keeps them until the visitor asks.
    /// </summary>
    public int? ConversationRetentionDays { get; set; } = 30;

    /// <summary>
    /// How many days an unanswered question (already redacted) is kept for content staff, 1 to 3650 (default 180);
    /// older ones are deleted at start-up and every six hours. Empty keeps them until the visitor asks.
    /// </summary>
    public int? UnansweredRetentionDays { get; set; } = 180;

    /// <summary>Which database these settings open, in words for staff and logs; never shows a password.</summary>
    /// <returns>For example "SQLite database /srv/gutskin/data/gutskin.db".</returns>
    public string DescribeDatabase()
    {
        if (!UsesPostgres)
        {
            return $"SQLite database {Path.Combine(Path.GetFullPath(DataDirectory), Sql.SqliteDatabase.FileName)}";
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port}";
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            return "PostgreSQL database (the connection string is not valid)";
        }
    }

    /// <summary>Whether the PostgreSQL stores are in use.</summary>
    internal bool UsesPostgres => !string.IsNullOrWhiteSpace(ConnectionString);
}
