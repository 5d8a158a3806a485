namespace GutSkin.Data;

/// <summary>Signups waiting for the visitor to confirm their e-mail address (double opt-in).</summary>
public interface ISignupRequestStore
{
    /// <summary>Stores a new request.</summary>
    /// <param name="request">The request; its lead's address is stored lower-cased and trimmed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddAsync(SignupRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes one request, for a confirmation e-mail that could not be sent.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Whether a request was deleted.</returns>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Confirms a request: in one transaction, stores its lead in <c>leads</c> (created and updated at
    /// <paramref name="now"/>; the consent keeps its own time) and marks the request used, dropping its copy of the
    /// personal data. Changes nothing when the request is unknown, used, expired, or when the address already has a
    /// confirmed lead for the offer.
    /// </summary>
    /// <param name="id">The request's id, from the verified link.</param>
    /// <param name="tokenHash">The SHA-256 of the link's token (hex); must match the stored one.</param>
    /// <param name="now">The time of the confirmation.</param>
    /// <param name="cancellationToken">Cancels the confirmation.</param>
    /// <returns>What happened.</returns>
    Task<SignupConfirmation> ConfirmAsync(Guid id, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The user's requests still waiting for confirmation, oldest first, for "show my data".</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each waiting lead with the time its link stops working.</returns>
    Task<IReadOnlyList<PendingSignup>> ListPendingForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes every request (pending or used) made by this user, for "delete my data".</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of requests still waiting for confirmation that were deleted.</returns>
    Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes every pending request for this e-mail address, for a request staff received by e-mail.</summary>
    /// <param name="email">The e-mail address (any case, surrounding spaces ignored).</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of requests deleted.</returns>
    Task<int> DeleteForEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Deletes every request made before <paramref name="cutoff"/>, for retention.</summary>
    /// <param name="cutoff">Requests created earlier than this are deleted.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of requests deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
