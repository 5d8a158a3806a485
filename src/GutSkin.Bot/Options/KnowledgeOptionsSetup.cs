using GutSkin.Knowledge;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Options;

/// <summary>Fills in the default knowledge folder and checks that the folder exists, so a wrong setting fails at start-up.</summary>
internal sealed class KnowledgeOptionsSetup : IPostConfigureOptions<KnowledgeOptions>, IValidateOptions<KnowledgeOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            // Started from the checkout (dotnet run) or from the build output: try both.
            var fromWorkingDirectory = KnowledgeFolder.Locate(Directory.GetCurrentDirectory());
            options.Directory = Directory.Exists(fromWorkingDirectory) ? fromWorkingDirectory : KnowledgeFolder.Locate(AppContext.BaseDirectory);
        }

        options.Directory = Path.GetFullPath(options.Directory);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options) =>
        Directory.Exists(options.Directory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Knowledge:Directory: the knowledge folder '{options.Directory}' does not exist. Set Knowledge__Directory to the folder that holds the articles and offers.yml.");
}
