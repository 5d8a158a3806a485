using GutSkin.Data.Leads;
using GutSkin.Data.State;
using GutSkin.Data.TurnEvents;
using GutSkin.Data.Unanswered;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "gutskin-data-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task AddGutSkinData_WithoutConnectionString_CreatesSqliteDatabaseOnStartAndServesStores(string? connectionString)
    {
        var dataDirectory = Path.Combine(root, "data");
        await using var provider = Build(dataDirectory, connectionString);
        var stores = provider.GetRequiredService<IStateStore>();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            Assert.True(File.Exists(Path.Combine(dataDirectory, "gutskin.db")));
            await stores.WriteAsync([new DocumentWrite("k", "{}", null)], CancellationToken.None);
            Assert.Contains("k", (await stores.ReadAsync(["k"], CancellationToken.None)).Keys);
            Assert.Same(stores, provider.GetRequiredService<IStateStore>());
            Assert.NotNull(provider.GetRequiredService<ILeadStore>());
            Assert.NotNull(provider.GetRequiredService<IFeedbackStore>());
            Assert.NotNull(provider.GetRequiredService<IUnansweredQuestionStore>());
        }
        finally
        {
            // Stopped as the host stops them: a retention sweep or an event flush still writing would otherwise create a
            // journal file while Dispose deletes the folder ("Directory not empty", seen once in CI).
            hosted.Reverse();
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    [Fact]
    public async Task AddGutSkinData_WithEmptyDataDirectory_UsesTheDefaultFolderAsAFullPath()
    {
        await using var provider = Build("  ");

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(DataFolder.Default(), provider.GetRequiredService<IOptions<DataOptions>>().Value.DataDirectory);
    }

    [Fact]
    public async Task AddGutSkinData_WithRelativeDataDirectory_ResolvesItFromTheWorkingFolder()
    {
        await using var provider = Build("some-data");

        var options = provider.GetRequiredService<IOptions<DataOptions>>().Value;

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "some-data"), options.DataDirectory);
        Assert.Equal($"SQLite database {Path.Combine(Directory.GetCurrentDirectory(), "some-data", "gutskin.db")}", options.DescribeDatabase());
    }

    [Fact]
    public async Task DescribeDatabase_ForPostgres_NamesDatabaseAndHostButNotThePassword()
    {
        await using var provider = Build("  ", "Host=db.internal;Port=5433;Database=gutskin;Username=gutskin;Password=s3cret-value");

        var described = provider.GetRequiredService<IOptions<DataOptions>>().Value.DescribeDatabase();

        Assert.Equal("PostgreSQL database gutskin on db.internal:5433", described);
    }

    [Fact]
    public async Task AddGutSkinData_WithConnectionStringAndEmptyDataDirectory_PassesStartupValidation()
    {
        await using var provider = Build("  ", "Host=db.internal;Database=gutskin;Username=gutskin");

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(provider.GetRequiredService<IOptions<DataOptions>>().Value.UsesPostgres);
    }

    [Fact]
    public async Task AddGutSkinData_WithUnknownConnectionStringKeyword_FailsStartupValidationWithoutShowingThePassword()
    {
        await using var provider = Build(Path.Combine(root, "data"), "Hots=db.internal;Password=s3cret-value");

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL", failure.Message, StringComparison.Ordinal);
        Assert.Contains("hots", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cret-value", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGutSkinData_WithConnectionStringWithoutHost_FailsStartupValidation()
    {
        await using var provider = Build(Path.Combine(root, "data"), "Database=gutskin;Username=gutskin");

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:ConnectionString must name the PostgreSQL server with Host=", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGutSkinData_WithConnectionString_DoesNotTouchTheDataDirectory()
    {
        var dataDirectory = Path.Combine(root, "data");
        await using var provider = Build(dataDirectory, "Host=db.internal;Database=gutskin;Username=gutskin");

        Assert.NotNull(provider.GetRequiredService<IStateStore>());

        Assert.False(Directory.Exists(dataDirectory));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("3651")]
    public async Task AddGutSkinData_WithLeadRetentionOutOfRange_FailsStartupValidation(string days)
    {
        await using var provider = Build(Path.Combine(root, "data"), leadRetentionDays: days);

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:LeadRetentionDays must be a number of days from 1 to 3650", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("1", 1)]
    [InlineData("3650", 3650)]
    public async Task AddGutSkinData_WithLeadRetentionUnsetOrInRange_PassesStartupValidation(string? days, int? expected)
    {
        await using var provider = Build(Path.Combine(root, "data"), leadRetentionDays: days);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(expected, provider.GetRequiredService<IOptions<DataOptions>>().Value.LeadRetentionDays);
    }

    [Fact]
    public async Task AddGutSkinData_WithLeadRetention_StartsTheRetentionServiceAfterTheSchema()
    {
        await using var provider = Build(Path.Combine(root, "data"), leadRetentionDays: "30");

        var hosted = provider.GetServices<IHostedService>().ToList();

        Assert.IsType<StorageInitializer>(hosted[0]);
        Assert.Single(hosted.OfType<LeadRetentionService>());
    }

    [Theory]
    [InlineData("ConversationRetentionDays", "0")]
    [InlineData("UnansweredRetentionDays", "3651")]
    public async Task AddGutSkinData_WithConversationOrUnansweredRetentionOutOfRange_FailsStartupValidation(string setting, string days)
    {
        await using var provider = Build(Path.Combine(root, "data"), settings: [($"Storage:{setting}", days)]);

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"Storage:{setting} must be a number of days from 1 to 3650", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGutSkinData_ByDefault_PurgesConversationsAfter30DaysAndUnansweredQuestionsAfter180AndAnEmptySettingKeepsThem()
    {
        await using var defaults = Build(Path.Combine(root, "data"));
        await using var emptied = Build(Path.Combine(root, "data"), settings: [("Storage:ConversationRetentionDays", ""), ("Storage:UnansweredRetentionDays", "")]);

        var options = defaults.GetRequiredService<IOptions<DataOptions>>().Value;
        var kept = emptied.GetRequiredService<IOptions<DataOptions>>().Value;

        Assert.Equal((30, 180), (options.ConversationRetentionDays, options.UnansweredRetentionDays));
        Assert.Equal((null, null), (kept.ConversationRetentionDays, kept.UnansweredRetentionDays));
        var hosted = defaults.GetServices<IHostedService>().ToList();
        Assert.Single(hosted.OfType<ConversationRetentionService>());
        Assert.Single(hosted.OfType<UnansweredRetentionService>());
    }

    [Theory]
    [InlineData("EventBatchSize", "0", "from 1 to 10000")]
    [InlineData("EventBatchSize", "10001", "from 1 to 10000")]
    [InlineData("EventFlushMilliseconds", "9", "from 10 to 60000")]
    [InlineData("EventFlushMilliseconds", "60001", "from 10 to 60000")]
    [InlineData("EventQueueCapacity", "31", "from 32 to 1000000")]
    [InlineData("EventQueueCapacity", "1000001", "from 32 to 1000000")]
    public async Task AddGutSkinData_WithEventWriterSettingOutOfRange_FailsStartupValidationNamingIt(string setting, string value, string range)
    {
        await using var provider = Build(Path.Combine(root, "data"), settings: [($"Storage:{setting}", value)]);

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"Storage:{setting} must be a whole number {range}; it is {value}.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGutSkinData_ByDefault_WritesTurnEventsInBatchesOf32Every250MillisecondsFromAQueueOf10000()
    {
        await using var provider = Build(Path.Combine(root, "data"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<DataOptions>>().Value;
        Assert.Equal((32, 250, 10_000), (options.EventBatchSize, options.EventFlushMilliseconds, options.EventQueueCapacity));
        var hosted = provider.GetServices<IHostedService>().ToList();
        Assert.IsType<StorageInitializer>(hosted[0]);
        Assert.Same(provider.GetRequiredService<ITurnEventSink>(), Assert.Single(hosted.OfType<TurnEventWriter>()));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static ServiceProvider Build(
        string dataDirectory, string? connectionString = null, string? leadRetentionDays = null, (string Key, string? Value)[]? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:LeadRetentionDays"] = leadRetentionDays,
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData()
            .BuildServiceProvider();
    }
}
