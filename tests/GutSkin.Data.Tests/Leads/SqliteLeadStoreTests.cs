using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Leads;

public sealed class SqliteLeadStoreTests() : LeadStoreTests(new SqliteStorageUnderTest());
