using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

/// <summary>A feedback store that only returns the summary it was given.</summary>
internal sealed class SummarisedFeedback(params SectionFeedback[] summary) : IFeedbackStore
{
    public Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SectionFeedback>>(summary);

    public Task AddAsync(Feedback feedback, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The report only reads the summary.");

    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The report only reads the summary.");
}
