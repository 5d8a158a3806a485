namespace GutSkin.Data.Tests.Sql;

public sealed class SqliteDialectTests() : SqlDialectTests(new SqliteStorageUnderTest());
