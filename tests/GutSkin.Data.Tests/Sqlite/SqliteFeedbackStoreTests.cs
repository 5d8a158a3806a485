namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteFeedbackStoreTests() : FeedbackStoreTests(new SqliteStorageUnderTest());
