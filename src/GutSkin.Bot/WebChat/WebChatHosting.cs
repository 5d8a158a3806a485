using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.WebChat;

/// <summary>The web chat page at <c>/</c> and its two endpoints: <c>builder.AddGutSkinWebChat(); app.MapGutSkinWebChat();</c>.</summary>
internal static class WebChatHosting
{
    private const string CorsPolicy = "WebChat";

    /// <summary>Options, the Direct Line token client and the CORS policy for the token endpoint.</summary>
    public static WebApplicationBuilder AddGutSkinWebChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        services.AddHttpClient<DirectLineTokenClient>(client => client.Timeout = TimeSpan.FromSeconds(15));

        // Read when first asked, so that configuration added by a test host counts too.
        services.AddSingleton(provider => WebChatMode.For(provider.GetRequiredService<IConfiguration>()["MicrosoftAppId"]));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) =>
            cors.AddPolicy(CorsPolicy, policy => policy.WithOrigins(webChat.Value.AllowedOrigins).WithMethods("GET", "POST").WithHeaders("Content-Type")));
        return builder;
    }

    /// <summary>Static files (the page at <c>/</c>), <c>GET /api/webchat/config</c> and <c>POST /api/directline/token</c>.</summary>
    public static WebApplication MapGutSkinWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCors();

        app.MapGet("/api/webchat/config", (WebChatMode mode) => TypedResults.Ok(mode)).RequireCors(CorsPolicy);
        app.MapPost("/api/directline/token", CreateTokenAsync).RequireCors(CorsPolicy);
        return app;
    }

    private static async Task<Results<Ok<DirectLineToken>, ProblemHttpResult>> CreateTokenAsync(
        IOptions<WebChatOptions> options, DirectLineTokenClient client, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!options.Value.HasDirectLine)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Direct Line is not configured",
                detail: $"Set {WebChatOptions.Section}:DirectLineSecret to the bot's Direct Line channel secret to enable tokens.");
        }

        var token = await client.GenerateAsync(cancellationToken);
        if (token is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The Direct Line service did not give a token");
        }

        // A token is a credential: no cache may keep it.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(token);
    }
}
