namespace GutSkin.Data;

/// <summary>What <see cref="ILeadStore.UpsertAsync"/> did.</summary>
public enum LeadSaveResult
{
    /// <summary>A new lead was stored.</summary>
    Created,

    /// <summary>A lead with the same e-mail address and offer existed and was updated.</summary>
    Updated,
}
