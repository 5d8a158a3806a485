using GutSkin.Data.Tests.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Data.Tests.TurnEvents;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTurnEventWriterTests(PostgresTestDatabase database)
    : TurnEventWriterTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task Flush_WritesEachBatchInOneTransaction()
    {
        var sink = BuildHost(("EventBatchSize", "100")).Services.GetRequiredService<ITurnEventSink>();
        RecordAnswers(sink, 250);

        await sink.FlushAsync(CancellationToken.None);

        // xmin is the id of the transaction that inserted a row: 250 rows in batches of 100 are three transactions.
        Assert.Equal(["250", "3"], await PostgresQuery.ColumnAsync(database.ConnectionString, "SELECT COUNT(*) FROM turn_events UNION ALL SELECT COUNT(DISTINCT xmin::text) FROM turn_events;"));
    }
}
