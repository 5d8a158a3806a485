using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.AnswerFeedback;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresTestDatabase database)
    : FeedbackStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
