namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteTurnEventStoreTests() : TurnEventStoreTests(new SqliteStorageUnderTest());
