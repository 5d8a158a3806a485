using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge;

/// <summary>
/// Where the knowledge folder is, how it is searched and how edits go live: section "Knowledge" of the configuration
/// (environment <c>Knowledge__Directory</c>...), read the same way by the bot, the CLI and the benchmarks.
/// </summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder. Empty means: find the repository's <c>knowledge/</c> (see <see cref="KnowledgeFolder.Default"/>).</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>The sentence-embedding model: MiniLM (default) or ArcticXs.</summary>
    public SemanticModel SemanticModel { get; set; } = SemanticModel.MiniLM;

    /// <summary>Where passage vectors are kept between restarts. Empty means: <c>embeddings.bin</c> in the system's temporary folder.</summary>
    public string EmbeddingCacheFile { get; set; } = string.Empty;

    /// <summary>An answer model written by <c>calibrate</c> instead of the one shipped in the library. Empty means the shipped one.</summary>
    public string AnswerModelFile { get; set; } = string.Empty;

    /// <summary>
    /// How long, in milliseconds, a changed file's size and time must stay the same before the edit goes live
    /// (<c>Knowledge__FileStableMilliseconds</c>), so that a save still being written never goes live half-written.
    /// </summary>
    public int FileStableMilliseconds { get; set; } = 500;

    /// <summary>
    /// How often, in milliseconds, the folder is checked for changes the file watcher did not report
    /// (<c>Knowledge__FolderPollMilliseconds</c>): a folder deleted and restored, a network share.
    /// </summary>
    public int FolderPollMilliseconds { get; set; } = 2000;

    /// <summary>The folder watcher's options for these settings.</summary>
    public KnowledgeWatchOptions ToWatchOptions() => new()
    {
        StableFor = TimeSpan.FromMilliseconds(FileStableMilliseconds),
        PollEvery = TimeSpan.FromMilliseconds(FolderPollMilliseconds),
    };

    /// <summary>The knowledge engine's options for these settings.</summary>
    public KnowledgeEngineOptions ToEngineOptions()
    {
        var options = new KnowledgeEngineOptions { Model = SemanticModel };
        if (EmbeddingCacheFile.Length > 0)
        {
            options = options with { EmbeddingCacheFile = EmbeddingCacheFile };
        }

        if (AnswerModelFile.Length > 0)
        {
            using var json = File.OpenRead(AnswerModelFile);
            options = options with { AnswerModel = AnswerModel.Parse(json) };
        }

        return options;
    }
}
