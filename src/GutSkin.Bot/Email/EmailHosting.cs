using GutSkin.Bot.Security;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>Registers the signup confirmation and deletion links by e-mail: <c>services.AddGutSkinEmail();
/// app.MapGutSkinEmailLinks();</c>.</summary>
internal static class EmailHosting
{
    /// <summary>The options (validated at start-up), the link signer, the mailer and the signup requests.</summary>
    public static IServiceCollection AddGutSkinEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddSingleton<SignupLinks>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<SignupConfirmationRequests>();
        services.AddSingleton<DeletionLinks>();
        services.AddSingleton<DeletionRequests>();
        services.AddHostedService<EmailOffNotice>();
        return services;
    }

    /// <summary>The pages the e-mails link to, each a GET that shows a button and the button's POST, rate limited per
    /// client like the other endpoints.</summary>
    public static WebApplication MapGutSkinEmailLinks(this WebApplication app)
    {
        app.MapGet(SignupLinks.Path, SignupConfirmationEndpoints.Show).RequireRateLimiting(SecurityHosting.PerClientPolicy);
        app.MapPost(SignupLinks.Path, SignupConfirmationEndpoints.ConfirmAsync).RequireRateLimiting(SecurityHosting.PerClientPolicy);
        app.MapGet(DeletionLinks.Path, DataDeletionEndpoints.Show).RequireRateLimiting(SecurityHosting.PerClientPolicy);
        app.MapPost(DeletionLinks.Path, DataDeletionEndpoints.DeleteAsync).RequireRateLimiting(SecurityHosting.PerClientPolicy);
        return app;
    }
}
