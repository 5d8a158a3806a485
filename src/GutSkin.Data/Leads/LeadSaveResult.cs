namespace GutSkin.Data;

/// <summary>What <see cref="ILeadStore.UpsertAsync"/> did.</summary>
public enum LeadSaveResult
{
    /// <summary>A new lead was stored.</summary>
    Created,

    /// <summary>A lead with the same e-mail address and offer existed for the same user and was updated.</summary>
    Updated,

    /// <summary>A lead with the same e-mail address and offer belongs to another user: it was kept as it was, and
    /// this one was not stored. Anyone can type someone else's address; it must not replace that person's details.</summary>
    Kept,
}
