using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Leads;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLeadStoreTests(PostgresTestDatabase database)
    : LeadStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
