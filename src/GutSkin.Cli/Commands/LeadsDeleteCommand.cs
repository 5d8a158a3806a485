using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads delete --email X</c>: a visitor's request by email to delete their data. Deletes the leads stored
/// under the address, the signups with it still waiting for email confirmation, and the feedback and unanswered
/// questions of the chat users who signed up with it; the deletion
/// log records the time and the count, nothing of the address.</summary>
internal static class LeadsDeleteCommand
{
    /// <summary>Deletes everything stored for <paramref name="email"/> and says how much went.</summary>
    /// <param name="leads">The lead store.</param>
    /// <param name="feedback">The feedback store.</param>
    /// <param name="unanswered">The unanswered questions store.</param>
    /// <param name="requests">The signups waiting for email confirmation.</param>
    /// <param name="email">The address the visitor wrote from.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="ct">Cancels the delete.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(
        ILeadStore leads, IFeedbackStore feedback, IUnansweredQuestionStore unanswered, ISignupRequestStore requests, string email, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(unanswered);
        ArgumentNullException.ThrowIfNull(output);

        // The user ids are read first: once the leads are gone nothing links the address to the chat user.
        var users = (await leads.ListForEmailAsync(email, ct)).Select(l => l.UserId).Distinct(StringComparer.Ordinal).ToList();
        var leadCount = await leads.DeleteForEmailAsync(email, ct);
        int feedbackCount = 0, questionCount = 0;
        foreach (var user in users)
        {
            feedbackCount += await feedback.DeleteForUserAsync(user, ct);
            questionCount += await unanswered.DeleteForUserAsync(user, ct);
        }

        var pending = await requests.DeleteForEmailAsync(email, ct);
        await output.WriteLineAsync(leadCount == 0
            ? "No leads were stored under that address; the request is recorded in the deletion log."
            : $"Deleted {leadCount} lead(s), {feedbackCount} feedback entr{(feedbackCount == 1 ? "y" : "ies")} and {questionCount} unanswered question(s); recorded in the deletion log.");
        if (pending > 0)
        {
            await output.WriteLineAsync($"Also deleted {pending} signup(s) still waiting for email confirmation.");
        }

        return 0;
    }
}
