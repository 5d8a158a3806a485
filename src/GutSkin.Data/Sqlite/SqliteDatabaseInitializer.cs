using Microsoft.Extensions.Hosting;

namespace GutSkin.Data.Sqlite;

/// <summary>
/// Creates or migrates the schema when the host starts, so a database that cannot be opened stops start-up
/// instead of failing the first visitor's message.
/// </summary>
internal sealed class SqliteDatabaseInitializer(SqliteDatabase database) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
