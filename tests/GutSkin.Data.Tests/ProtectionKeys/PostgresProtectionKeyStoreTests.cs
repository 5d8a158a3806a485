using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.ProtectionKeys;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProtectionKeyStoreTests(PostgresTestDatabase database)
    : ProtectionKeyStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
