using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.State;

public sealed class SqliteStateStoreTests() : StateStoreTests(new SqliteStorageUnderTest());
