using Microsoft.Extensions.Options;

namespace GutSkin.Knowledge;

/// <summary>Fills in the default knowledge folder and checks that the folder exists, so a wrong setting fails at start-up.</summary>
internal sealed class KnowledgeOptionsSetup : IPostConfigureOptions<KnowledgeOptions>, IValidateOptions<KnowledgeOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Directory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Directory) ? KnowledgeFolder.Default() : options.Directory);
    }

    /// <summary>The shortest and longest wait for a changed file to settle, in milliseconds.</summary>
    public const int MinStableMilliseconds = 50;

    /// <inheritdoc cref="MinStableMilliseconds"/>
    public const int MaxStableMilliseconds = 10_000;

    /// <summary>The shortest and longest interval between checks of the folder, in milliseconds.</summary>
    public const int MinPollMilliseconds = 100;

    /// <inheritdoc cref="MinPollMilliseconds"/>
    public const int MaxPollMilliseconds = 60_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Directory.Exists(options.Directory))
        {
            failures.Add($"Knowledge:Directory: the knowledge folder '{options.Directory}' does not exist. Set Knowledge__Directory to the folder that holds the articles and offers.yml.");
        }

        if (options.FileStableMilliseconds is < MinStableMilliseconds or > MaxStableMilliseconds)
        {
            failures.Add($"Knowledge:FileStableMilliseconds must be from {MinStableMilliseconds} to {MaxStableMilliseconds} (how long a changed file must stay unchanged before it goes live); it is {options.FileStableMilliseconds}.");
        }

        if (options.FolderPollMilliseconds is < MinPollMilliseconds or > MaxPollMilliseconds)
        {
            failures.Add($"Knowledge:FolderPollMilliseconds must be from {MinPollMilliseconds} to {MaxPollMilliseconds} (how often the folder is checked for changes); it is {options.FolderPollMilliseconds}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
