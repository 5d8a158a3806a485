using Microsoft.AspNetCore.Authentication.Cookies;

namespace GutSkin.Bot.Admin;

/// <summary>Registers the staff dashboard at <c>/admin</c>: <c>services.AddGutSkinDashboard(); ... app.MapGutSkinDashboard();</c>.</summary>
internal static class DashboardHosting
{
    /// <summary>The session cookie, the antiforgery token, the login throttle and the report reader.</summary>
    public static IServiceCollection AddGutSkinDashboard(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(AdminSession.Scheme, options =>
        {
            options.Cookie.Name = AdminSession.CookieName;
            options.Cookie.Path = DashboardEndpoints.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = AdminSession.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = DashboardEndpoints.LoginPath;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AdminSession.CookieName + "-form";
            options.Cookie.Path = DashboardEndpoints.Root;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__form";
        });
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DashboardReportReader>();
        return services;
    }
}
