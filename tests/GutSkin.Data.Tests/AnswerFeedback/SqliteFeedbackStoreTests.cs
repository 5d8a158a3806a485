using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.AnswerFeedback;

public sealed class SqliteFeedbackStoreTests() : FeedbackStoreTests(new SqliteStorageUnderTest());
