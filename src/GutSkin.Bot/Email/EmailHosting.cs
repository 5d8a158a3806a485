using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>Registers the signup confirmation by e-mail: <c>services.AddGutSkinEmail(); app.MapGutSkinSignupConfirmation();</c>.</summary>
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
        services.AddHostedService<EmailOffNotice>();
        return services;
    }
}
