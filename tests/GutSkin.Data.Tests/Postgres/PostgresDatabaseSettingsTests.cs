using GutSkin.Data.Postgres;

namespace GutSkin.Data.Tests.Postgres;

public sealed class PostgresDatabaseSettingsTests
{
    private const string Minimal = "Host=db.example;Username=bot;Database=gutskin";

    [Fact]
    public void PerTurnSettings_Default_MultiplexedAsynchronousAndSmall()
    {
        var perTurn = PostgresDatabase.PerTurnSettings(Minimal, PostgresDatabase.DurableSettings(Minimal));

        Assert.True(perTurn.Multiplexing);
        Assert.Equal("-c synchronous_commit=off", perTurn.Options);
        Assert.Equal(8, perTurn.MaxPoolSize);
        Assert.Equal("GutSkin", perTurn.ApplicationName);
    }

    [Fact]
    public void DurableSettings_Default_NeitherMultiplexedNorAsynchronous()
    {
        var durable = PostgresDatabase.DurableSettings(Minimal);

        Assert.False(durable.Multiplexing);
        Assert.Null(durable.Options);
        Assert.Equal(100, durable.MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=30")]
    [InlineData("MaxPoolSize=30")]
    [InlineData("maxpoolsize=30")]
    public void PerTurnSettings_PoolSizeConfigured_KeepsIt(string setting)
    {
        var configured = $"{Minimal};{setting}";

        var perTurn = PostgresDatabase.PerTurnSettings(configured, PostgresDatabase.DurableSettings(configured));

        Assert.Equal(30, perTurn.MaxPoolSize);
    }

    [Fact]
    public void PerTurnSettings_OptionsConfigured_KeepsThemAndAddsAsynchronousCommit()
    {
        var configured = $"{Minimal};Options=-c search_path=bot";

        var perTurn = PostgresDatabase.PerTurnSettings(configured, PostgresDatabase.DurableSettings(configured));

        Assert.Equal("-c search_path=bot -c synchronous_commit=off", perTurn.Options);
    }
}
