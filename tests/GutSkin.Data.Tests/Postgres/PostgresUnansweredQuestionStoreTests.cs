namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnansweredQuestionStoreTests(PostgresTestDatabase database)
    : UnansweredQuestionStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
