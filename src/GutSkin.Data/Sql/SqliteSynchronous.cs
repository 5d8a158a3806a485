namespace GutSkin.Data.Sql;

/// <summary>SQLite's <c>synchronous</c> setting for a write, per connection.</summary>
internal enum SqliteSynchronous
{
    /// <summary>Every commit is flushed to disk: it survives a power cut. For leads and deletions.</summary>
    Full,

    /// <summary>In WAL mode a commit survives a crash of the process, and the last commits may be lost on a power cut.
    /// For conversation state and analytics, written on every turn, where the flush was most of a turn's time.</summary>
    Normal,
}
