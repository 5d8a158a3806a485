using System.Text;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Bot.Recognition;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;

namespace GutSkin.Bot.Conversation;

/// <summary>An answer as the visitor sees it: the disclaimer once per conversation, the quoted passage with its source,
/// the free offers once, then the thumbs with either close alternatives ("did you mean") or related questions.</summary>
internal static class SectionAnswer
{
    /// <summary>The whole answer to <paramref name="question"/> from <paramref name="passage"/> of <paramref name="section"/>.</summary>
    public static List<Reply> From(ConversationTurn turn, string question, KnowledgeSection section, string passage, IReadOnlyList<AlternativeSection> alternatives)
    {
        var state = turn.State;
        var replies = Quoted(state, question, section, passage);
        if (turn.Content.Offers is { } offers && !state.OfferShown && !state.OffersDeclined && !UrgentTurn.PausesOffers(state))
        {
            state.OfferShown = true;
            replies.Add(new Reply(ReplyText.GoFurther, null, [OfferCards.Guide(offers.Guide), OfferCards.Trial(offers.Trial)]));
        }

        var choices = alternatives.Where(a => a.SectionId != section.Id).Take(3).ToList();
        if (choices.Count > 0)
        {
            // Close alternatives replace the related-section follow-ups, so the choice stays short.
            state.DidYouMean = choices.Select(a => new SectionChoice { SectionId = a.SectionId, Title = a.SectionTitle }).ToList();
            state.DidYouMeanQuestion = state.LastAnswer!.Question;
            replies.Add(new Reply(ReplyText.HelpfulOrDidYouMean, [Phrases.TellMeMore, Phrases.Helpful, Phrases.NotHelpful, .. choices.Select(a => a.SectionTitle), Phrases.NoneOfThese]));
        }
        else
        {
            replies.Add(new Reply(ReplyText.WasThisHelpful, FollowUps(turn.Content, section)));
        }

        return replies;
    }

    /// <summary>The disclaimer if not yet said and the quoted passage; remembers the answer for the thumbs and "tell me more".</summary>
    public static List<Reply> Quoted(ConversationData state, string question, KnowledgeSection section, string passage)
    {
        var replies = new List<Reply>();
        if (!state.DisclaimerShown)
        {
            state.DisclaimerShown = true;
            replies.Add(new Reply(ReplyText.Disclaimer));
        }

        replies.Add(new Reply(Quote(passage, section)));
        state.LastAnswer = new AnswerShown { Question = PersonalDataRedactor.Redact(question), SectionId = section.Id };
        return replies;
    }

    /// <summary>The passage with the section it is from and the article's address.</summary>
    public static string Quote(string passage, KnowledgeSection section)
    {
        var quote = new StringBuilder(passage).Append(ReplyText.QuotedFrom).Append(section.Title);
        if (!string.IsNullOrWhiteSpace(section.Source))
        {
            quote.Append(ReplyText.ReadTheArticle).Append(section.Source);
        }

        return quote.ToString();
    }

    /// <summary>"Tell me more" (unless the whole section was shown), the thumbs, and up to two related sections' questions.</summary>
    public static IReadOnlyList<string> FollowUps(KnowledgeSnapshot content, KnowledgeSection section, bool withMore = true)
    {
        var actions = new List<string>();
        if (withMore)
        {
            actions.Add(Phrases.TellMeMore);
        }

        actions.Add(Phrases.Helpful);
        actions.Add(Phrases.NotHelpful);
        foreach (var related in section.Related.Take(2))
        {
            if (content.FindSection(related) is { } other)
            {
                actions.Add(other.Questions.Count > 0 ? other.Questions[0] : other.Title);
            }
        }

        return actions;
    }
}
