using GutSkin.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace GutSkin.Bot.Admin;

/// <summary>Registers the staff dashboard at <c>/admin</c>: <c>services.AddGutSkinDashboard(); ... app.MapGutSkinDashboard();</c>.</summary>
internal static class DashboardHosting
{
    /// <summary>The name every instance protects its tokens under: by default ASP.NET Core uses the content root's path,
    /// which may differ between instances, and tokens from another application name do not read back.</summary>
    public const string ApplicationName = "GutSkin";

    /// <summary>The session cookie, the antiforgery token, the key ring they are signed with (in the bot's database,
    /// shared by every instance), the login throttle and the report reader.</summary>
    public static IServiceCollection AddGutSkinDashboard(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IProtectionKeyStore>((options, store) => options.XmlRepository = new DatabaseXmlRepository(store));

        // Stored as written, on purpose (deploy/README.md, "Data and retention": the database already holds the leads):
        // the key manager's warning about that, at each new key, would read as a fault in every log check.
        services.Configure<LoggerFilterOptions>(options => options.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error));
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
