namespace GutSkin.Data.Sql;

/// <summary>
/// What a connection is for. Each engine maps it onto what the load figures depend on: SQLite onto its single-writer
/// queue and a <c>synchronous</c> level, PostgreSQL onto its durable or per-turn pool.
/// </summary>
internal enum Access
{
    /// <summary>Reads for staff, the dashboard and exports: SQLite outside the write queue, PostgreSQL's durable pool.</summary>
    Read,

    /// <summary>Reads made on every turn (conversation state): SQLite outside the write queue, PostgreSQL's per-turn pool.</summary>
    TurnRead,

    /// <summary>Writes made on every turn (state, analytics, feedback, unanswered questions, choices): SQLite's write
    /// queue at <c>synchronous=NORMAL</c>, PostgreSQL's per-turn pool (asynchronous commit).</summary>
    TurnWrite,

    /// <summary>Writes that must be on disk when they return (leads, deletions, signup requests): SQLite's write queue at
    /// <c>synchronous=FULL</c>, PostgreSQL's durable pool.</summary>
    DurableWrite,

    /// <summary>One statement of a retention purge: SQLite's write queue at <c>synchronous=NORMAL</c>, PostgreSQL's
    /// durable pool.</summary>
    Purge,
}
