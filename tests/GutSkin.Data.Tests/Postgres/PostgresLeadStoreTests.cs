namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLeadStoreTests(PostgresTestDatabase database)
    : LeadStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
