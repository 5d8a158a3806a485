using GutSkin.Data;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// <c>GET /signup/confirm?token=…</c> shows a "Confirm my signup" button; <c>POST /signup/confirm</c> (the button, with
/// the token) checks the signature and expiry and moves the signup request into the leads. 404 while e-mail
/// confirmation is off; a tampered, expired or used link gets a friendly page with a 4xx status.
/// </summary>
internal static partial class SignupConfirmationEndpoints
{
    /// <summary>The GET: the page with the button.</summary>
    public static IResult Show(HttpContext context, IOptions<EmailOptions> options, SignupLinks links, TimeProvider time)
    {
        if (!options.Value.Enabled)
        {
            return Page(context, StatusCodes.Status404NotFound, ConfirmationPage.Message("Page not found", "Email confirmation is not in use here."));
        }

        var token = LinkForm.QueryToken(context.Request);
        return links.Read(token) switch
        {
            null => Invalid(context),
            { } read when read.ExpiresAt <= time.GetUtcNow() => Expired(context),
            _ => Page(context, StatusCodes.Status200OK, ConfirmationPage.Ask(token!)),
        };
    }

    /// <summary>The POST: the button.</summary>
    public static async Task<IResult> ConfirmAsync(
        HttpContext context, IOptions<EmailOptions> options, SignupLinks links, ISignupRequestStore requests, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Page(context, StatusCodes.Status404NotFound, ConfirmationPage.Message("Page not found", "Email confirmation is not in use here."));
        }

        var now = time.GetUtcNow();
        var token = links.Read(await LinkForm.ReadPostedTokenAsync(context.Request, cancellationToken));
        if (token is null)
        {
            return Invalid(context);
        }

        if (token.ExpiresAt <= now)
        {
            return Expired(context);
        }

        var outcome = await requests.ConfirmAsync(token.RequestId, token.Hash, now, cancellationToken);
        LogConfirmation(loggers.CreateLogger(typeof(SignupConfirmationEndpoints).FullName!), outcome);
        return outcome switch
        {
            SignupConfirmation.Confirmed => Page(context, StatusCodes.Status200OK, ConfirmationPage.Message(
                "Confirmed", "Thank you: your signup is confirmed and your free trial is on its way. You can close this page.")),
            SignupConfirmation.AlreadyConfirmed => Page(context, StatusCodes.Status200OK, ConfirmationPage.Message(
                "Already confirmed", "You have already confirmed this signup: there is nothing more to do. You can close this page.")),
            SignupConfirmation.AlreadySignedUp => Page(context, StatusCodes.Status409Conflict, ConfirmationPage.Message(
                "Already signed up", "This email address has already been used for the free trial, which is one per address, so nothing was changed.")),
            SignupConfirmation.Expired => Expired(context),
            _ => Page(context, StatusCodes.Status404NotFound, ConfirmationPage.Message(
                "Link no longer valid", "This signup can't be confirmed any more: it may have been deleted. You can sign up again in the chat.")),
        };
    }

    private static IResult Invalid(HttpContext context) => Page(context, StatusCodes.Status400BadRequest, ConfirmationPage.Message(
        "Link not valid", "This confirmation link isn't valid. Please use the link exactly as it is in the email, or sign up again in the chat."));

    private static IResult Expired(HttpContext context) => Page(context, StatusCodes.Status410Gone, ConfirmationPage.Message(
        "Link expired", "This confirmation link has expired, so nothing was signed up. You can sign up again in the chat."));

    private static IResult Page(HttpContext context, int status, string html) => ConfirmationPage.Respond(context, status, html);

    // The outcome only: the request's details are personal data.
    [LoggerMessage(EventId = 141, Level = LogLevel.Information, Message = "Signup confirmation link used: {Outcome}")]
    private static partial void LogConfirmation(ILogger logger, SignupConfirmation outcome);
}
