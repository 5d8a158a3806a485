using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.TurnEvents;

public sealed class SqliteTurnEventWriterTests() : TurnEventWriterTests(new SqliteStorageUnderTest());
