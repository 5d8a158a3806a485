using System.Globalization;
using GutSkin.Data;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Traffic;
using GutSkin.Knowledge.Understanding;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Admin;

/// <summary>Reads the dashboard's tables from the turn analytics, feedback, leads and unanswered questions. Only counts,
/// section ids and titles, and redacted question text: no user id, name or e-mail address reaches a table.</summary>
internal sealed class DashboardReportReader(ITurnEventStore events, ITurnEventSink recorded, IDashboardStore dashboard, LiveKnowledge knowledge, IOptions<KnowledgeOptions> options)
{
    /// <summary>How many groups of unanswered questions are shown.</summary>
    public const int MaxUnansweredGroups = 25;

    // Grouping embeds each distinct question; the most asked few hundred cover what staff can act on.
    private const int MaxQuestionsGrouped = 500;

    // The kinds that are a visitor's question or request, as opposed to small talk and signup steps.
    private static readonly string[] QuestionKinds =
        [nameof(AnswerKind.Answer), nameof(AnswerKind.NoAnswer), nameof(AnswerKind.Urgent), nameof(AnswerKind.Clinician), nameof(AnswerKind.Offer), nameof(AnswerKind.TrialFacts)];

    /// <summary>Reads every table for <paramref name="range"/>.</summary>
    public async Task<DashboardReport> ReadAsync(DashboardRange range, CancellationToken cancellationToken)
    {
        // Turn rows are written in the background; this instance's queued ones are written first, so staff see every
        // turn up to now (other instances' within their writer's interval).
        await recorded.FlushAsync(cancellationToken);
        var counts = (await events.CountAsync(range.Start, range.End, cancellationToken)).Where(c => QuestionKinds.Contains(c.Kind)).ToList();
        var feedback = await dashboard.FeedbackPerSectionAsync(range.Start, range.End, cancellationToken);
        var signups = await dashboard.SignupsPerDayAsync(range.Start, range.End, cancellationToken);
        var unanswered = await dashboard.UnansweredAsync(range.Start, range.End, cancellationToken);
        return new DashboardReport(range, [
            QuestionsPerDay(range, counts),
            Shares(counts),
            TopSections(counts),
            Feedback(feedback),
            Signups(range, signups),
            Unanswered(unanswered),
            await SuggestionsAsync(range, unanswered, cancellationToken),
        ]);
    }

    private async Task<DashboardTable> SuggestionsAsync(DashboardRange range, IReadOnlyList<UnansweredSummary> unanswered, CancellationToken cancellationToken)
    {
        var chosen = await dashboard.ChosenAlternativesAsync(range.Start, range.End, cancellationToken);
        var disliked = await dashboard.NotHelpfulAsync(range.Start, range.End, cancellationToken);
        var snapshot = knowledge.Current;
        var suggestions = KnowledgeSuggestions.Propose(
            snapshot.Sections,
            new VisitorTraffic(
                [.. unanswered.Take(MaxQuestionsGrouped).Select(u => new CountedQuestion(u.Question, u.Count))],
                [.. chosen.Select(c => new SectionQuestion(c.Question, c.SectionId, c.Count))],
                [.. disliked.Select(c => new SectionQuestion(c.Question, c.SectionId, c.Count))]),
            SentenceEmbedder.For(options.Value.SemanticModel),
            snapshot.Directory);
        return new DashboardTable(
            "suggestions",
            "Suggested edits to the articles",
            "Lines to add under questions: in a section's file, from this range's traffic: unanswered questions close to a section, \"did you mean\" choices, and thumbs-down answers whose question is close to another section. Nothing is changed until someone runs: dotnet run --project src/GutSkin.Cli -- suggest --apply ID (the CLI reads the last 90 days).",
            ["id", "file", "section", "add under questions:", "support", "why", "asked as"],
            [.. suggestions.Select(s => (IReadOnlyList<string>)[s.Id, s.File, s.SectionId, s.Question, Number(s.Count), string.Join("; ", s.Reasons), string.Join(" | ", s.Examples)])]);
    }

    private static DashboardTable QuestionsPerDay(DashboardRange range, List<TurnEventCount> counts)
    {
        var byDay = counts.ToLookup(c => c.Day);
        return new DashboardTable(
            "questions-per-day",
            "Questions per day",
            "Questions and requests visitors sent each day (UTC), and what the bot did with them. Greetings, thanks and signup steps are not counted.",
            ["day", "questions", "answered", "declined", "urgent", "clinician"],
            [.. range.Days.Select(day => (IReadOnlyList<string>)[
                DashboardRange.Text(day),
                Number(byDay[day].Sum(c => c.Count)),
                Number(Sum(byDay[day], AnswerKind.Answer)),
                Number(Sum(byDay[day], AnswerKind.NoAnswer)),
                Number(Sum(byDay[day], AnswerKind.Urgent)),
                Number(Sum(byDay[day], AnswerKind.Clinician)),
            ])]);
    }

    private static DashboardTable Shares(List<TurnEventCount> counts)
    {
        var total = counts.Sum(c => c.Count);
        (string Label, int Count)[] shares =
        [
            ("answered", Sum(counts, AnswerKind.Answer)),
            ("declined (no answer in the articles)", Sum(counts, AnswerKind.NoAnswer)),
            ("urgent (sent to urgent care)", Sum(counts, AnswerKind.Urgent)),
            ("clinician (referred to a doctor or pharmacist)", Sum(counts, AnswerKind.Clinician)),
            ("offer or trial question", Sum(counts, AnswerKind.Offer) + Sum(counts, AnswerKind.TrialFacts)),
        ];
        return new DashboardTable(
            "answer-shares",
            "What happened to the questions",
            "The share of all questions in the range that were answered from the articles, declined because the articles do not cover them, sent to urgent care, or referred to a clinician.",
            ["result", "questions", "share"],
            [.. shares.Select(s => (IReadOnlyList<string>)[s.Label, Number(s.Count), Percent(s.Count, total)])]);
    }

    private DashboardTable TopSections(List<TurnEventCount> counts) => new(
        "top-sections",
        "Top sections",
        "The article sections that answered most often.",
        ["section", "title", "answers"],
        [.. counts.Where(c => c.Kind == nameof(AnswerKind.Answer) && c.SectionId is not null)
            .GroupBy(c => c.SectionId!)
            .Select(g => (Section: g.Key, Count: g.Sum(c => c.Count)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Section, StringComparer.Ordinal)
            .Take(15)
            .Select(s => (IReadOnlyList<string>)[s.Section, Title(s.Section), Number(s.Count)])]);

    private DashboardTable Feedback(IReadOnlyList<SectionFeedback> feedback) => new(
        "feedback",
        "Feedback per section",
        "Thumbs up (Helpful) and thumbs down (Not helpful) that visitors gave answers from each section. Many thumbs down: read the section's answers again.",
        ["section", "title", "helpful", "not helpful"],
        [.. feedback.OrderByDescending(f => f.Helpful + f.NotHelpful).ThenBy(f => f.SectionId, StringComparer.Ordinal)
            .Select(f => (IReadOnlyList<string>)[f.SectionId, Title(f.SectionId), Number(f.Helpful), Number(f.NotHelpful)])]);

    private static DashboardTable Signups(DashboardRange range, IReadOnlyList<SignupDay> signups)
    {
        var byDay = signups.ToDictionary(s => s.Day);
        var total = signups.Sum(s => s.Signups);
        var consents = signups.Sum(s => s.MarketingConsents);
        return new DashboardTable(
            "signups-per-day",
            "Signups per day",
            $"Free-trial signups per day (UTC) and how many agreed to marketing messages. Over the range: {Number(total)} signups, marketing consent {Percent(consents, total)}.",
            ["day", "signups", "marketing consents", "consent rate"],
            [.. range.Days.Select(day => byDay.GetValueOrDefault(day) ?? new SignupDay(day, 0, 0))
                .Select(s => (IReadOnlyList<string>)[DashboardRange.Text(s.Day), Number(s.Signups), Number(s.MarketingConsents), Percent(s.MarketingConsents, s.Signups)])]);
    }

    private DashboardTable Unanswered(IReadOnlyList<UnansweredSummary> unanswered)
    {
        var questions = unanswered.Take(MaxQuestionsGrouped).Select(u => new CountedQuestion(u.Question, u.Count)).ToList();
        var clusters = questions.Count == 0 ? [] : QuestionClusters.Group(questions, SentenceEmbedder.For(options.Value.SemanticModel));
        return new DashboardTable(
            "unanswered",
            "Top unanswered questions",
            "Questions the articles could not answer, with personal details removed. Questions that mean nearly the same are grouped: the example is the most asked wording. A question asked often is a candidate for a new section, or for a line under questions: in an existing one.",
            ["example question", "times asked", "wordings", "other wordings"],
            [.. clusters.Take(MaxUnansweredGroups).Select(c => (IReadOnlyList<string>)[
                c.Example, Number(c.Count), Number(c.Questions.Count), string.Join(" | ", c.Questions.Skip(1).Take(3))])]);
    }

    private string Title(string sectionId) => knowledge.Current.FindSection(sectionId)?.Title ?? "(no longer in the articles)";

    private static int Sum(IEnumerable<TurnEventCount> counts, AnswerKind kind) => counts.Where(c => c.Kind == kind.ToString()).Sum(c => c.Count);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
