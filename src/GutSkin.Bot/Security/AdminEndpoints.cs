using GutSkin.Data;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Security;

/// <summary><c>GET /api/admin/leads.csv</c> with the header <c>X-Admin-Key</c>: the leads for the sales team.
/// 404 while <c>Admin:ApiKey</c> is not set (the feature is off), 401 without the right key.</summary>
internal static partial class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    /// <summary>Maps the admin endpoints, rate limited per client like the messages endpoint so that keys cannot be guessed quickly.</summary>
    public static WebApplication MapGutSkinAdmin(this WebApplication app)
    {
        app.MapGet("/api/admin/leads.csv", ExportLeadsAsync).RequireRateLimiting(SecurityHosting.PerClientPolicy);
        return app;
    }

    private static async Task<IResult> ExportLeadsAsync(
        HttpContext context, IOptions<AdminOptions> options, ILeadStore leads, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(AdminEndpoints).FullName!);
        var admin = options.Value;
        if (!admin.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (!AdminKey.Matches(admin.ApiKey!, context.Request.Headers[KeyHeader].FirstOrDefault()))
        {
            LogRefused(logger);
            return TypedResults.Json(new ErrorResponse($"Send the admin key in the {KeyHeader} header."), statusCode: StatusCodes.Status401Unauthorized);
        }

        var rows = await leads.ListAsync(cancellationToken);
        LogExported(logger, rows.Count);

        // Personal data: no cache may keep it, and browsers save it rather than show it.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentDisposition = "attachment; filename=leads.csv";
        return TypedResults.Text(LeadsCsv.Write(rows), "text/csv; charset=utf-8");
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Leads export refused: missing or wrong admin key")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "Leads exported over HTTP ({Count} rows)")]
    private static partial void LogExported(ILogger logger, int count);
}
