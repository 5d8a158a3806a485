using GutSkin.Bot.Hosting;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Tests.Hosting;

public sealed class DataLocationTests
{
    [Fact]
    public void AddGutSkinBot_WithoutStorageSettings_UsesTheRepositorysDataFolderLikeTheCli()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Knowledge:Directory"] = Repository.KnowledgeDirectory;
        builder.Configuration["Storage:DataDirectory"] = string.Empty;
        builder.AddGutSkinBot();
        using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<DataOptions>>().Value;

        // The CLI's test pins the same folder: data/ beside the repository's knowledge/.
        Assert.Equal(Path.Combine(Path.GetDirectoryName(Repository.KnowledgeDirectory)!, "data"), options.DataDirectory);
    }
}
