using GutSkin.Data;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// <c>GET /data/delete?token=…</c> shows a "Delete my details" button; <c>POST /data/delete</c> (the button, with the
/// token) deletes everything stored under the address the token carries (<see cref="EmailErasure"/>). 404 while
/// e-mail is off; a changed or expired link gets a friendly page with a 4xx status. Deleting twice is harmless.
/// </summary>
internal static partial class DataDeletionEndpoints
{
    /// <summary>The GET: the page with the button.</summary>
    public static IResult Show(HttpContext context, IOptions<EmailOptions> options, DeletionLinks links, TimeProvider time)
    {
        if (!options.Value.Enabled)
        {
            return NotInUse(context);
        }

        var token = LinkForm.QueryToken(context.Request);
        return links.Read(token) switch
        {
            null => Invalid(context),
            { } read when read.ExpiresAt <= time.GetUtcNow() => Expired(context),
            _ => ConfirmationPage.Respond(context, StatusCodes.Status200OK, ConfirmationPage.AskToDelete(token!)),
        };
    }

    /// <summary>The POST: the button.</summary>
    public static async Task<IResult> DeleteAsync(
        HttpContext context, IOptions<EmailOptions> options, DeletionLinks links, EmailErasure erasure, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotInUse(context);
        }

        var token = links.Read(await LinkForm.ReadPostedTokenAsync(context.Request, cancellationToken));
        if (token is null)
        {
            return Invalid(context);
        }

        if (token.ExpiresAt <= time.GetUtcNow())
        {
            return Expired(context);
        }

        var erased = await erasure.EraseAsync(token.Email, DeletionRequester.EmailLink, cancellationToken);
        LogDeleted(loggers.CreateLogger(typeof(DataDeletionEndpoints).FullName!), erased.Leads, erased.PendingSignups);
        return ConfirmationPage.Respond(context, StatusCodes.Status200OK, ConfirmationPage.Message(
            "Deleted", "Your details are deleted: nothing is stored under this email address any more, and you won't receive emails from us. You can close this page."));
    }

    private static IResult NotInUse(HttpContext context) => ConfirmationPage.Respond(context, StatusCodes.Status404NotFound, ConfirmationPage.Message(
        "Page not found", "Deletion by email is not in use here."));

    private static IResult Invalid(HttpContext context) => ConfirmationPage.Respond(context, StatusCodes.Status400BadRequest, ConfirmationPage.Message(
        "Link not valid", "This link isn't valid. Please use the link exactly as it is in the email, or ask again in the chat: say \"delete my data for\" and your email address."));

    private static IResult Expired(HttpContext context) => ConfirmationPage.Respond(context, StatusCodes.Status410Gone, ConfirmationPage.Message(
        "Link expired", "This link has expired, so nothing was deleted. Ask again in the chat: say \"delete my data for\" and your email address."));

    // Counts only: the address is personal data.
    [LoggerMessage(EventId = 143, Level = LogLevel.Information, Message = "Deletion link used: {Leads} lead(s) and {Pending} pending signup(s) deleted")]
    private static partial void LogDeleted(ILogger logger, int leads, int pending);
}
