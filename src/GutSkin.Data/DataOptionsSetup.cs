using Microsoft.Extensions.Options;

namespace GutSkin.Data;

/// <summary>
/// Fills in the default data folder (<see cref="DataFolder.Default"/>) when none is set and makes the folder a full
/// path, so that the bot and the CLI resolve the same database and can say which one they use.
/// </summary>
internal sealed class DataOptionsSetup : IPostConfigureOptions<DataOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? DataFolder.Default()
            : Path.GetFullPath(options.DataDirectory);
    }
}
