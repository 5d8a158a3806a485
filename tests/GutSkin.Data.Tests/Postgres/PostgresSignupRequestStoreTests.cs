namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignupRequestStoreTests(PostgresTestDatabase database)
    : SignupRequestStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
