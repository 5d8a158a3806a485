namespace GutSkin.LoadTest;

/// <summary>The figures of one run at one concurrency, as printed and as written to the results file; <c>Round</c> is
/// the round of an alternating comparison it belongs to (0 when none).</summary>
internal sealed record LevelResult(
    string Label,
    string Store,
    string Kind,
    int Concurrency,
    int Conversations,
    int Requests,
    double Seconds,
    double RequestsPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    int Errors,
    int SignupsCompleted,
    int? LeadsInStore = null,
    int Round = 0);
