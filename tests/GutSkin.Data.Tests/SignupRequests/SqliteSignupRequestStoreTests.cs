using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.SignupRequests;

public sealed class SqliteSignupRequestStoreTests() : SignupRequestStoreTests(new SqliteStorageUnderTest());
