using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Unanswered;

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnansweredQuestionStoreTests(PostgresTestDatabase database)
    : UnansweredQuestionStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
