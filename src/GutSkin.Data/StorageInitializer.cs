using GutSkin.Data.Sql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data;

/// <summary>
/// Creates or migrates the schema of the storage in use when the host starts, so a database that cannot be opened
/// stops start-up instead of failing the first visitor's message. Logs which database it is, so that staff can point
/// the CLI at the same one.
/// </summary>
internal sealed partial class StorageInitializer(Database database, IOptions<DataOptions> options, ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        LogOpened(logger, options.Value.DescribeDatabase());
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 50, Level = LogLevel.Information, Message = "Storage: {Database}")]
    private static partial void LogOpened(ILogger logger, string database);
}
