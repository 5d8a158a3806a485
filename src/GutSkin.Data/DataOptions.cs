namespace GutSkin.Data;

/// <summary>Storage settings, bound from the "Storage" configuration section.</summary>
public sealed class DataOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Storage";

    /// <summary>
    /// Folder that holds the database file <c>gutskin.db</c>; relative paths are taken from the
    /// current directory. The folder is created on first run.
    /// </summary>
    public string DataDirectory { get; set; } = "data";
}
