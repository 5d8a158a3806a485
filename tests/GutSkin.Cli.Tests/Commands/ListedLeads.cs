using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

/// <summary>A lead store that only lists the leads it was given.</summary>
internal sealed class ListedLeads(params Lead[] leads) : ILeadStore
{
    public Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Lead>>(leads);

    public Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The export only lists leads.");

    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The export only lists leads.");
}
