namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteDashboardStoreTests() : DashboardStoreTests(new SqliteStorageUnderTest());
