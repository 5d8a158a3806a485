using GutSkin.Testing;

namespace GutSkin.Data.Tests.Sql;

/// <summary>The test classes that share one <see cref="PostgresServer"/>; each gets a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
