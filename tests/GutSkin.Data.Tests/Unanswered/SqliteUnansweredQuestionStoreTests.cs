using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Unanswered;

public sealed class SqliteUnansweredQuestionStoreTests() : UnansweredQuestionStoreTests(new SqliteStorageUnderTest());
