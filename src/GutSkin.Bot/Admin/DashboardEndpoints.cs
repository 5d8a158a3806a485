using System.Globalization;
using GutSkin.Bot.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Admin;

/// <summary>The dashboard's pages: <c>GET/POST /admin/login</c>, <c>POST /admin/logout</c>, <c>GET /admin</c> and
/// <c>GET /admin/export/NAME.csv</c>. All answer 404 while <c>Admin:ApiKey</c> is not set; every page but the login
/// sends a visitor without a session to the login.</summary>
internal static partial class DashboardEndpoints
{
    /// <summary>Where the dashboard lives; its cookies are sent only below it.</summary>
    public const string Root = "/admin";

    /// <summary>The login form.</summary>
    public const string LoginPath = "/admin/login";

    /// <summary>Maps the pages, with the login rate limited per client like the leads export.</summary>
    public static WebApplication MapGutSkinDashboard(this WebApplication app)
    {
        var admin = app.MapGroup(Root).AddEndpointFilter(OnlyWhenEnabledAsync);
        admin.MapGet("/login", ShowLoginAsync);
        admin.MapPost("/login", LogInAsync).RequireRateLimiting(SecurityHosting.PerClientPolicy);

        var signedIn = admin.MapGroup(string.Empty).AddEndpointFilter(SignedInAsync);
        signedIn.MapPost("/logout", LogOutAsync);
        signedIn.MapGet("/", ShowDashboardAsync);
        signedIn.MapGet("/export/{name}.csv", ExportAsync);
        return app;
    }

    private static async ValueTask<object?> OnlyWhenEnabledAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            return TypedResults.NotFound();
        }

        // Staff pages and their tables: no cache may keep them. The antiforgery token's own value, so it need not override it.
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return await next(context);
    }

    private static async ValueTask<object?> SignedInAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await AdminSession.IsSignedInAsync(context.HttpContext) ? await next(context) : TypedResults.Redirect(LoginPath);

    private static async Task<IResult> ShowLoginAsync(HttpContext context, IAntiforgery antiforgery) =>
        await AdminSession.IsSignedInAsync(context) ? TypedResults.Redirect(Root) : Html(LoginPage.Render(Token(context, antiforgery), null));

    private static async Task<IResult> LogInAsync(
        HttpContext context, IAntiforgery antiforgery, IOptions<AdminOptions> options, LoginThrottle throttle, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(DashboardEndpoints).FullName!);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedFor(address) is { } wait)
        {
            LogLockedOut(logger);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Html(
                LoginPage.Render(Token(context, antiforgery), $"Too many wrong keys from this address. Try again in {minutes} minutes."),
                StatusCodes.Status429TooManyRequests);
        }

        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Html(LoginPage.Render(Token(context, antiforgery), "The form had expired. Please enter the key again."), StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!AdminKey.Matches(options.Value.ApiKey!, form[LoginPage.KeyField].FirstOrDefault()))
        {
            throttle.Failed(address);
            LogRefused(logger);
            return Html(LoginPage.Render(Token(context, antiforgery), "That key is not right. Check it and try again."), StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(address);
        await AdminSession.SignInAsync(context);
        LogSignedIn(logger);
        return TypedResults.Redirect(Root);
    }

    private static async Task<IResult> LogOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest(new ErrorResponse("Sign out from the dashboard's Sign out button."));
        }

        await AdminSession.SignOutAsync(context);
        return TypedResults.Redirect(LoginPath);
    }

    private static async Task<IResult> ShowDashboardAsync(
        HttpContext context, IAntiforgery antiforgery, DashboardReportReader reader, TimeProvider time, string? from, string? to)
    {
        var range = DashboardRange.Parse(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var problem);
        var report = await reader.ReadAsync(range, context.RequestAborted);
        return Html(DashboardPage.Render(report, Token(context, antiforgery), problem), problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, DashboardReportReader reader, TimeProvider time, string name, string? from, string? to)
    {
        var range = DashboardRange.Parse(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var problem);
        if (problem is not null)
        {
            return TypedResults.BadRequest(new ErrorResponse(problem));
        }

        var report = await reader.ReadAsync(range, context.RequestAborted);
        if (report.Find(name) is not { } table)
        {
            return TypedResults.NotFound(new ErrorResponse($"There is no table called '{name}'. The tables are: {string.Join(", ", report.Tables.Select(t => t.Name))}."));
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename={table.Name}-{DashboardRange.Text(range.From)}-{DashboardRange.Text(range.To)}.csv";
        return TypedResults.Text(table.ToCsv(), "text/csv; charset=utf-8");
    }

    private static string Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return AdminLayout.AntiforgeryField(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "Dashboard login refused: wrong admin key")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Dashboard login refused: too many wrong keys from one address")]
    private static partial void LogLockedOut(ILogger logger);

    [LoggerMessage(EventId = 42, Level = LogLevel.Information, Message = "Dashboard login")]
    private static partial void LogSignedIn(ILogger logger);
}
