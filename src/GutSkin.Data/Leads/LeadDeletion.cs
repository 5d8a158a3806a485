namespace GutSkin.Data;

/// <summary>One entry of the deletion log. It holds no personal data: not the e-mail address, not a hash of it, not
/// the user id, only that a deletion was asked for, by whom and what it removed, so staff can show requests are met.</summary>
/// <param name="DeletedAt">When the deletion ran.</param>
/// <param name="RequestedBy">Who asked for it.</param>
/// <param name="LeadsDeleted">How many leads it removed (0 when none matched).</param>
public sealed record LeadDeletion(DateTimeOffset DeletedAt, DeletionRequester RequestedBy, int LeadsDeleted);
