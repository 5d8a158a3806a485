namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteSignupRequestStoreTests() : SignupRequestStoreTests(new SqliteStorageUnderTest());
