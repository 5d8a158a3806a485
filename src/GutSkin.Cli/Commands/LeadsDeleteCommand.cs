using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads delete --email X</c>: a visitor's request by email to delete their data (see
/// <see cref="EmailErasure"/>); the deletion log records the time and the count, nothing of the address.</summary>
internal static class LeadsDeleteCommand
{
    /// <summary>Deletes everything stored for <paramref name="email"/> and says how much went.</summary>
    /// <param name="erasure">Deletes what is stored for an address.</param>
    /// <param name="email">The address the visitor wrote from.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="ct">Cancels the delete.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(EmailErasure erasure, string email, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(output);
        var erased = await erasure.EraseAsync(email, DeletionRequester.Staff, ct);
        await output.WriteLineAsync(erased.Leads == 0
            ? "No leads were stored under that address; the request is recorded in the deletion log."
            : $"Deleted {erased.Leads} lead(s), {erased.Feedback} feedback entr{(erased.Feedback == 1 ? "y" : "ies")} and {erased.UnansweredQuestions} unanswered question(s); recorded in the deletion log.");
        if (erased.PendingSignups > 0)
        {
            await output.WriteLineAsync($"Also deleted {erased.PendingSignups} signup(s) still waiting for email confirmation.");
        }

        return 0;
    }
}
