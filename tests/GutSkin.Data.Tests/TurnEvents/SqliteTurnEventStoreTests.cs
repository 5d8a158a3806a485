using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.TurnEvents;

public sealed class SqliteTurnEventStoreTests() : TurnEventStoreTests(new SqliteStorageUnderTest());
