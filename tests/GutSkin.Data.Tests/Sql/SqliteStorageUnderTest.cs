using GutSkin.Data.Sql;


namespace GutSkin.Data.Tests.Sql;

/// <summary>A fresh <c>gutskin.db</c> in a temporary folder for one test; each instance is another handle on the file.</summary>
internal sealed class SqliteStorageUnderTest : StorageUnderTest
{
    private readonly TemporaryDatabase temporary = new();

    /// <inheritdoc />
    public override Database OpenInstance() => temporary.Open();

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:DataDirectory"] = temporary.DataDirectory };

    /// <inheritdoc />
    public override Task ResetAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        temporary.Dispose();
        return ValueTask.CompletedTask;
    }
}
