namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteLeadStoreTests() : LeadStoreTests(new SqliteStorageUnderTest());
