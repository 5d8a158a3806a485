namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteStateStoreTests() : StateStoreTests(new SqliteStorageUnderTest());
