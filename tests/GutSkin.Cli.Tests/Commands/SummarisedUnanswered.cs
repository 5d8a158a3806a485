using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

/// <summary>An unanswered question store that only returns the summary it was given.</summary>
internal sealed class SummarisedUnanswered(params UnansweredSummary[] summary) : IUnansweredQuestionStore
{
    public Task<IReadOnlyList<UnansweredSummary>> SummaryAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredSummary>>(summary);

    public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The report only reads the summary.");

    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The report only reads the summary.");
}
