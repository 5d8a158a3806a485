using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Choices;

public sealed class SqliteChosenAlternativeStoreTests() : ChosenAlternativeStoreTests(new SqliteStorageUnderTest());
