namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteUnansweredQuestionStoreTests() : UnansweredQuestionStoreTests(new SqliteStorageUnderTest());
