using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.SignupRequests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignupRequestStoreTests(PostgresTestDatabase database)
    : SignupRequestStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
