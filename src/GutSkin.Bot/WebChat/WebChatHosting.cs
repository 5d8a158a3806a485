using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.WebChat;

/// <summary>The web chat page at <c>/</c>, the launcher at <c>/embed.js</c>, their two endpoints and the security headers:
/// <c>builder.AddGutSkinWebChat(); app.UseGutSkinSecurityHeaders(); ... app.MapGutSkinWebChat();</c>.</summary>
internal static class WebChatHosting
{
    private const string CorsPolicy = "WebChat";
    private const string TokenRatePolicy = "directline-token";

    /// <summary>Options, the Direct Line token client, the CORS and rate-limit policies for the token endpoint, and
    /// the security headers.</summary>
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
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebChatOptions>>((limiter, webChat) =>
        {
            var permits = webChat.Value.TokensPerClientPerMinute;
            limiter.AddPolicy(TokenRatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddSingleton<SecurityHeadersMiddleware>();
        return builder;
    }

    /// <summary>First in the pipeline, so that every response carries the headers, including those that end early (429, 413).</summary>
    public static WebApplication UseGutSkinSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }

    /// <summary>Static files (the page at <c>/</c>), <c>GET /api/webchat/config</c> and <c>POST /api/directline/token</c>.</summary>
    public static WebApplication MapGutSkinWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCors();

        app.MapGet("/api/webchat/config", (WebChatMode mode) => TypedResults.Ok(mode)).RequireCors(CorsPolicy);
        app.MapPost("/api/directline/token", CreateTokenAsync).RequireCors(CorsPolicy).RequireRateLimiting(TokenRatePolicy);
        return app;
    }

    private static async Task<Results<Ok<DirectLineToken>, ProblemHttpResult>> CreateTokenAsync(
        IOptions<WebChatOptions> options, DirectLineTokenClient client, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (TokenRequestOrigin.Refusal(request, options.Value.AllowedOrigins) is { } refusal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed", detail: refusal);
        }

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
