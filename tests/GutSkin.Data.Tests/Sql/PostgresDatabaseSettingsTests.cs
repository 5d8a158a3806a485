using GutSkin.Data.Sql;


namespace GutSkin.Data.Tests.Sql;

public sealed class PostgresDatabaseSettingsTests
{
    private const string Minimal = "Host=db.example;Username=bot;Database=gutskin";

    [Fact]
    public void PerTurnSettings_Default_PlainAsynchronousAndSmall()
    {
        var perTurn = PostgresDatabase.PerTurnSettings(Minimal, PostgresDatabase.DurableSettings(Minimal));

        Assert.False(perTurn.Multiplexing);
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

    [Fact]
    public void Settings_Default_GiveUpQuicklyWhileTheServerIsUnreachable()
    {
        var durable = PostgresDatabase.DurableSettings(Minimal);
        var perTurn = PostgresDatabase.PerTurnSettings(Minimal, durable);

        foreach (var pool in new[] { durable, perTurn })
        {
            Assert.Equal(5, pool.Timeout);
            Assert.Equal(10, pool.CommandTimeout);
            Assert.Equal(15, pool.KeepAlive);
            Assert.Equal(1000, pool.CancellationTimeout);
        }
    }

    [Fact]
    public void Settings_ResilienceConfigured_KeepsIt()
    {
        var configured = $"{Minimal};Timeout=30;Command Timeout=60;Keepalive=0;Cancellation Timeout=-1";

        var durable = PostgresDatabase.DurableSettings(configured);

        Assert.Equal(30, durable.Timeout);
        Assert.Equal(60, durable.CommandTimeout);
        Assert.Equal(0, durable.KeepAlive);
        Assert.Equal(-1, durable.CancellationTimeout);
    }

    [Fact]
    public void Settings_MultiplexingConfigured_AreNotMultiplexed()
    {
        const string configured = $"{Minimal};Multiplexing=true";

        var durable = PostgresDatabase.DurableSettings(configured);

        Assert.False(durable.Multiplexing);
        Assert.False(PostgresDatabase.PerTurnSettings(configured, durable).Multiplexing);
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
