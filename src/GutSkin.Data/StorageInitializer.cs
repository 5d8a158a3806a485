using Microsoft.Extensions.Hosting;

namespace GutSkin.Data;

/// <summary>
/// Creates or migrates the schema of the storage in use when the host starts, so a database that cannot be opened
/// stops start-up instead of failing the first visitor's message.
/// </summary>
internal sealed class StorageInitializer(IStorageBackend backend) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => backend.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
