using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>Runs labelled questions through the live knowledge and scores the outcomes.</summary>
public static class Evaluator
{
    /// <summary>Asks every question and compares the outcome with its label.</summary>
    public static EvaluationReport Run(LiveKnowledge knowledge, IEnumerable<LabelledQuestion> rows) =>
        Score(rows.Select(row => (row, knowledge.Ask(row.Question))));

    /// <summary>Plays each conversation turn by turn, keeping its topic as the bot does, and scores every turn.</summary>
    public static EvaluationReport RunConversations(LiveKnowledge knowledge, IEnumerable<IReadOnlyList<LabelledQuestion>> conversations)
    {
        var turns = new List<(LabelledQuestion, Answer)>();
        foreach (var conversation in conversations)
        {
            ConversationTopic? topic = null;
            foreach (var row in conversation)
            {
                var answer = knowledge.Ask(row.Question, topic);
                topic = answer.Topic ?? topic;
                turns.Add((row, answer));
            }
        }

        return Score(turns);
    }

    /// <summary>The kind of a message as the meta file labels it: <c>greeting</c>, <c>offer-trial</c>, <c>trial-facts</c>...</summary>
    public static string KindOf(Answer answer) => answer.Kind switch
    {
        AnswerKind.Offer => answer.Offer == OfferKind.Guide ? "offer-guide" : "offer-trial",
        AnswerKind.TrialFacts => "trial-facts",
        AnswerKind.AboutBot => "about-bot",
        AnswerKind.NoAnswer => "none",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static EvaluationReport Score(IEnumerable<(LabelledQuestion Row, Answer Answer)> results)
    {
        int answerable = 0, answeredCorrectly = 0, unanswerable = 0, declinedCorrectly = 0, declined = 0, urgent = 0, urgentFlagged = 0;
        int clinician = 0, referred = 0, notUrgent = 0, falseUrgent = 0, passages = 0, rightPassages = 0;
        var misses = new List<EvaluationMiss>();
        foreach (var (row, answer) in results)
        {
            var outcome = OutcomeOf(answer);
            var isDeclined = outcome == LabelledQuestion.None;
            switch (row.Label)
            {
                case LabelledQuestion.Urgent:
                    urgent++;
                    urgentFlagged += answer.Urgent ? 1 : 0;
                    break;
                case LabelledQuestion.None:
                    unanswerable++;
                    declinedCorrectly += isDeclined ? 1 : 0;
                    break;
                case LabelledQuestion.Clinician:
                    clinician++;
                    referred += outcome == LabelledQuestion.Clinician ? 1 : 0;
                    break;
                default:
                    answerable++;
                    answeredCorrectly += row.Accepts(outcome) ? 1 : 0;
                    if (row.Passage.Length > 0)
                    {
                        passages++;
                        rightPassages += answer.Passage?.Contains(row.Passage, StringComparison.OrdinalIgnoreCase) == true ? 1 : 0;
                    }

                    break;
            }

            if (row.Label != LabelledQuestion.Urgent)
            {
                notUrgent++;
                falseUrgent += answer.Urgent ? 1 : 0;
                declined += isDeclined ? 1 : 0;
            }

            if (!row.Accepts(outcome))
            {
                var resolved = answer.ResolvedQuestion is { } text && text != row.Question.Trim() ? text : null;
                misses.Add(new EvaluationMiss(row, outcome, answer.Confidence) { UrgentCategory = answer.UrgentCategory, Resolved = resolved });
            }
        }

        return new EvaluationReport(answerable, answeredCorrectly, unanswerable, declinedCorrectly, declined, urgent, urgentFlagged, misses)
        {
            Clinician = (clinician, referred),
            NotUrgent = (notUrgent, falseUrgent),
            Passages = (passages, rightPassages),
        };
    }

    /// <summary>The label an answer corresponds to.</summary>
    public static string OutcomeOf(Answer answer) => answer switch
    {
        { Urgent: true } => LabelledQuestion.Urgent,
        { Offer: not null } => LabelledQuestion.Offer,
        { Reason: NoAnswerReason.Clinician } => LabelledQuestion.Clinician,
        { Answered: true, Section: { } section } => section.Id,
        _ => LabelledQuestion.None,
    };
}
