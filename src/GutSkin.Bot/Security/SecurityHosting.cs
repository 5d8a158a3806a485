using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Security;

/// <summary>Request limits, rate limits and the admin key: registered by <c>AddGutSkinBot</c>.</summary>
internal static class SecurityHosting
{
    /// <summary>The rate-limiter policy for endpoints limited per client address.</summary>
    public const string PerClientPolicy = "per-client";

    /// <summary>Options (validated at start-up), the per-client HTTP rate limiter and the per-conversation limiter.</summary>
    public static IServiceCollection AddGutSkinSecurity(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section)
            .Validate(o => o.MaxBodyBytes >= 1024, $"{RequestLimitOptions.Section}:MaxBodyBytes must be at least 1024 bytes.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.PerClientPerMinute > 0, $"{RateLimitOptions.Section}:PerClientPerMinute must be a positive number of requests.")
            .Validate(o => o.PerConversationPerMinute > 0, $"{RateLimitOptions.Section}:PerConversationPerMinute must be a positive number of messages.")
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => !o.Enabled || o.ApiKey!.Trim().Length >= AdminOptions.MinKeyLength, $"{AdminOptions.Section}:ApiKey must be empty (admin API off) or at least {AdminOptions.MinKeyLength} characters.")
            .ValidateOnStart();

        services.AddSingleton<ActivityRequestValidator>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<ConversationRateLimitMiddleware>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var permits = limits.Value.PerClientPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.HttpContext.Response.WriteAsJsonAsync(
            new ErrorResponse($"Too many requests from this address. Try again in {seconds} seconds."), cancellationToken);
    }
}
