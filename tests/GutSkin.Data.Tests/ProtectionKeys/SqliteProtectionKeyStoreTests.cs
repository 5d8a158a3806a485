using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.ProtectionKeys;

public sealed class SqliteProtectionKeyStoreTests() : ProtectionKeyStoreTests(new SqliteStorageUnderTest());
