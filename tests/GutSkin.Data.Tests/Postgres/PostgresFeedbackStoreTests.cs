namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresTestDatabase database)
    : FeedbackStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
