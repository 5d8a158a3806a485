using System.Runtime.CompilerServices;

namespace GutSkin.Data.Tests;

public sealed class DataFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gutskin-data-folder").FullName;

    [Fact]
    public void Locate_FromAFolderInsideACheckout_FindsDataBesideTheKnowledgeFolder()
    {
        Directory.CreateDirectory(Path.Combine(root, "knowledge"));
        var deep = Directory.CreateDirectory(Path.Combine(root, "src", "GutSkin.Bot", "bin")).FullName;

        Assert.Equal(Path.Combine(root, "data"), DataFolder.Locate(deep));
        Assert.Equal(Path.Combine(root, "data"), DataFolder.Locate(root));
    }

    [Fact]
    public void Locate_WithNoKnowledgeFolderAbove_ReturnsNull()
    {
        var deep = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;

        Assert.Null(DataFolder.Locate(deep));
    }

    [Fact]
    public void Locate_FromThisSourceFolder_IsTheRepositorysDataFolder()
    {
        var here = SourceFolder();
        var repository = Path.GetFullPath(Path.Combine(here, "..", ".."));

        Assert.Equal(Path.Combine(repository, "data"), DataFolder.Locate(here));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string SourceFolder([CallerFilePath] string sourceFile = "") => Path.GetDirectoryName(sourceFile)!;
}
