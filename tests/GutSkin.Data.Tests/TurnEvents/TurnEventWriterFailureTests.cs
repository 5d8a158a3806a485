using GutSkin.Data.Sql;
using GutSkin.Data.TurnEvents;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Tests.TurnEvents;

/// <summary>A database that refuses the writes: the turn's side never notices, a batch is tried twice and then dropped
/// with a log line, and the writer carries on once the database is back.</summary>
public sealed class TurnEventWriterFailureTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("gutskin-writer-failure-").FullName;
    private readonly CapturingLogger<TurnEventWriter> logger = new();

    [Fact]
    public async Task Flush_WhenTheDatabaseCannotBeOpened_TriesTwiceDropsTheBatchAndWritesLaterRowsOnceItIsBack()
    {
        // The data folder's place is taken by a file, so the database cannot be created.
        var dataDirectory = Path.Combine(root, "data");
        await File.WriteAllTextAsync(dataDirectory, "not a folder");
        using var database = new SqliteDatabase(dataDirectory);
        using var writer = new TurnEventWriter(
            new TurnEventStore(database), Options.Create(new DataOptions { EventFlushMilliseconds = 10 }), logger);
        Record(writer, "Lost", 3);

        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal(2, logger.Messages.Count);
        Assert.StartsWith("Warning: Turn events: writing a batch of 3 rows failed (", logger.Messages[0], StringComparison.Ordinal);
        Assert.EndsWith("); trying once more", logger.Messages[0], StringComparison.Ordinal);
        Assert.Equal("Error: Turn events: a batch of 3 rows failed twice and was dropped", logger.Messages[1]);

        File.Delete(dataDirectory);
        Record(writer, "Kept", 2);
        await writer.FlushAsync(CancellationToken.None);

        var counts = await new TurnEventStore(database).CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None);
        Assert.Equal([new TurnEventCount(DateOnly.FromDateTime(Start.UtcDateTime), "Kept", null, 2)], counts);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void Record(TurnEventWriter writer, string kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            writer.Record(new TurnEvent(Start.AddSeconds(i), kind, null, null, "webchat", null));
        }
    }
}
