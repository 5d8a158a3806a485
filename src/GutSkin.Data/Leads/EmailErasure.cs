namespace GutSkin.Data;

/// <summary>
/// Deletes everything stored for an e-mail address: the leads under it, the signups with it still waiting for email
/// confirmation, and the feedback, unanswered questions and "did you mean" choices of the chat users who signed up
/// with it. Used by staff
/// (<c>leads delete --email</c>) and by the deletion link the bot emails to the address's owner; the deletion log
/// records the time, who asked and the count, nothing of the address.
/// </summary>
/// <param name="leads">The lead store.</param>
/// <param name="requests">The signups waiting for email confirmation.</param>
/// <param name="feedback">The feedback store.</param>
/// <param name="unanswered">The unanswered questions store.</param>
/// <param name="choices">The "did you mean" choices visitors clicked.</param>
public sealed class EmailErasure(
    ILeadStore leads, ISignupRequestStore requests, IFeedbackStore feedback, IUnansweredQuestionStore unanswered, IChosenAlternativeStore choices)
{
    /// <summary>Deletes everything stored for <paramref name="email"/>.</summary>
    /// <param name="email">The address (any case, surrounding spaces ignored).</param>
    /// <param name="requester">Who asked.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>What was deleted.</returns>
    public async Task<ErasedData> EraseAsync(string email, DeletionRequester requester, CancellationToken cancellationToken)
    {
        // The user ids are read first: once the leads are gone nothing links the address to the chat user.
        var users = (await leads.ListForEmailAsync(email, cancellationToken)).Select(l => l.UserId).Distinct(StringComparer.Ordinal).ToList();
        var leadCount = await leads.DeleteForEmailAsync(email, requester, cancellationToken);
        int feedbackCount = 0, questionCount = 0;
        foreach (var user in users)
        {
            feedbackCount += await feedback.DeleteForUserAsync(user, cancellationToken);
            // A "did you mean" choice is a question the visitor asked too (as "delete my data" in a chat counts it).
            questionCount += await unanswered.DeleteForUserAsync(user, cancellationToken)
                + await choices.DeleteForUserAsync(user, cancellationToken);
        }

        var pending = await requests.DeleteForEmailAsync(email, cancellationToken);
        return new ErasedData(leadCount, pending, feedbackCount, questionCount);
    }
}
