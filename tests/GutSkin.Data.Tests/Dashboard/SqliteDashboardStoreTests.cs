using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Dashboard;

public sealed class SqliteDashboardStoreTests() : DashboardStoreTests(new SqliteStorageUnderTest());
