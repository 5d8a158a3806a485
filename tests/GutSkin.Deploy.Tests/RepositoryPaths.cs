namespace GutSkin.Deploy.Tests;

/// <summary>Files of the repository, found from the test's output folder upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "GutSkin.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GutSkin.sln not found above " + AppContext.BaseDirectory);
    }
}
