namespace GutSkin.Data;

/// <summary>Signups for offers.</summary>
public interface ILeadStore
{
    /// <summary>
    /// Stores the lead: one lead per (lower-cased, trimmed e-mail address, offer). A repeated signup by the same user
    /// replaces the stored fields and <see cref="Lead.UpdatedAt"/> but keeps the first <see cref="Lead.CreatedAt"/>; a
    /// signup with the same address by another user changes nothing (<see cref="LeadSaveResult.Kept"/>).
    /// </summary>
    /// <param name="lead">The lead to store.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the lead was new, updated, or kept as another user stored it.</returns>
    Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken);

    /// <summary>Lists all leads, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The leads.</returns>
    Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Lists the leads stored for this user, oldest first, to show them what is stored about them.</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The user's leads.</returns>
    Task<IReadOnlyList<Lead>> ListForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Lists the leads stored under this e-mail address (any case, surrounding spaces ignored), oldest first.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The leads with that address.</returns>
    Task<IReadOnlyList<Lead>> ListForEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Deletes every lead stored for this user and records the deletion in the deletion log, in one transaction.</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of leads deleted.</returns>
    Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes every lead stored under this e-mail address and records the deletion in the deletion log, in one
    /// transaction.</summary>
    /// <param name="email">The e-mail address (any case, surrounding spaces ignored).</param>
    /// <param name="requester">Who asked: staff, or the address's owner with an emailed link.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of leads deleted.</returns>
    Task<int> DeleteForEmailAsync(string email, DeletionRequester requester, CancellationToken cancellationToken);

    /// <summary>Lists the deletion log, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every deletion asked for by a visitor or by staff.</returns>
    Task<IReadOnlyList<LeadDeletion>> ListDeletionsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every lead last updated before <paramref name="cutoff"/>, for lead retention.</summary>
    /// <param name="cutoff">Leads whose <see cref="Lead.UpdatedAt"/> is earlier than this are deleted.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of leads deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
