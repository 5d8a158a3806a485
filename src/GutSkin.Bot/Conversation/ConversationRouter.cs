using System.Text;
using GutSkin.Bot.Recognition;
using GutSkin.Data;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Conversation;

/// <summary>Decides each turn: commands first (cancel, help, start over, delete, feedback, "tell me more", offers),
/// then the trial signup if one is in progress, then the question. Mutates <see cref="ConversationData"/>; no I/O
/// besides reading the in-memory knowledge.</summary>
internal sealed class ConversationRouter(LiveKnowledge knowledge, TimeProvider time, IOptions<BrandOptions> brand)
{
    /// <summary>Longer messages are not searched: nobody asks a question in an essay, and it keeps search cheap.</summary>
    public const int MaxMessageLength = 1000;

    public const string Disclaimer = "This is general information from our articles, not medical advice: please talk to a doctor about your own health.";

    private const string WhatICanDo = "Hi! I answer questions about the gut-skin connection (eczema, psoriasis, probiotics, diet and stress) from our articles, and I can send you our free gut health guide.";
    private const string ClinicianReferral = "That's a question for a doctor, pharmacist or midwife who knows your situation: I can't give advice on doses, medicines, pregnancy or babies. I'm happy to share general information about the gut-skin connection.";
    private const string PrivateSignup = "I don't collect personal details where others can read them. Send me a private message (select my name, then Chat) and say \"sign me up for the trial\" there.";
    private const string NoAnswer = "I don't have an answer to that in our articles, and I'd rather not guess. I've passed your question on to our content team.";

    /// <summary>The welcome for a new conversation; empty when this conversation was already welcomed.</summary>
    public IReadOnlyList<Reply> Welcome(ConversationData state)
    {
        if (state.Welcomed)
        {
            return [];
        }

        state.Welcomed = true;
        state.DisclaimerShown = true;
        return [new Reply($"{WhatICanDo}\n\n{Disclaimer}", Phrases.Topics)];
    }

    /// <summary>Handles one message.</summary>
    public TurnResult Next(ConversationData state, UserMessage message)
    {
        UrgentTurn.CountTurn(state);
        if (message.Form is not null || message.UnreadableForm)
        {
            return SignupFormSubmission.Next(state, message, knowledge, time.GetUtcNow());
        }

        var text = message.Text.Trim();
        if (text.Length == 0)
        {
            return Say(message.HasAttachments
                ? "I can only read text messages, so I can't open files or pictures. Please type your question."
                : "I didn't catch that. Please type your question, for example: Can probiotics help eczema?", Phrases.Topics) with { Kind = AnswerKind.Empty };
        }

        if (text.Length > MaxMessageLength)
        {
            return Say("That's a long message! Please ask your question in a sentence or two.", Phrases.Topics);
        }

        if (Phrases.IsStartOver(text))
        {
            state.Reset();
            return new TurnResult(Welcome(state));
        }

        if (VisitorDataRequests.Next(state, message, text) is { } dataRequest)
        {
            return dataRequest;
        }

        var signingUp = state.Signup.Step != SignupStep.None;
        if (Phrases.IsCancel(text))
        {
            if (!signingUp)
            {
                return Say("There's nothing to cancel. Ask me anything about gut health and skin.", Phrases.Topics);
            }

            TrialSignupFlow.Clear(state.Signup);
            return Say("Okay, I've stopped the signup and discarded what you typed. Ask me anything about gut health and skin.", Phrases.Topics);
        }

        if (Phrases.IsHelp(text))
        {
            var help = new Reply($"{WhatICanDo} Ask a question in your own words, or pick a topic. You can also say \"send me the guide\", \"sign me up for the trial\", \"start over\" or \"delete my data\".", Phrases.Topics);
            return new TurnResult(signingUp ? [help, Resume(state)] : [help]);
        }

        if (Phrases.Feedback(text) is { } helpful)
        {
            return WithResume(state, signingUp, GiveFeedback(state, message, helpful));
        }

        if (Phrases.IsTellMeMore(text))
        {
            return WithResume(state, signingUp, TellMeMore(state));
        }

        if (signingUp && !Phrases.LooksLikeQuestion(text))
        {
            // An answer to the signup's own question ("Jane Smith", an email) is not searched: only a red flag or a
            // request for an offer changes what happens next.
            var screened = knowledge.Screen(text);
            return screened is { Urgent: true } ? UrgentTurn.Reply(state, message, screened.UrgentCategory) : ContinueSignup(state, message, screened?.Offer);
        }

        var answer = knowledge.Ask(text, state.Topic);
        if (answer.Topic is not null)
        {
            state.Topic = answer.Topic;
        }

        if (answer.Urgent)
        {
            return UrgentTurn.Reply(state, message, answer.UrgentCategory);
        }

        if (!signingUp)
        {
            // After the safety decision: a red flag in any language is urgent before its language matters.
            return OtherLanguageReply.For(text) ?? Converse(state, message, answer);
        }

        return AnswerDuringSignup(state, answer) ?? ContinueSignup(state, message, answer.Offer);
    }

    private TurnResult Converse(ConversationData state, UserMessage message, Answer answer)
    {
        var text = message.Text.Trim();
        var choice = state.DidYouMean;
        var originalQuestion = state.DidYouMeanQuestion;
        state.DidYouMean = [];
        state.DidYouMeanQuestion = null;
        if (choice.Count > 0)
        {
            if (Phrases.IsNoneOfThese(text))
            {
                return new TurnResult([new Reply("Sorry I couldn't find it. Could you put it another way? Or pick a topic.", Phrases.Topics)])
                {
                    Unanswered = Unanswered(message, originalQuestion ?? text),
                    Kind = AnswerKind.NoAnswer,
                };
            }

            var chosen = choice.FirstOrDefault(c => string.Equals(Phrases.Normalize(c.Title), Phrases.Normalize(text), StringComparison.Ordinal));
            if (chosen is not null && knowledge.Current.FindSection(chosen.SectionId) is { } section && section.Passages.Count > 0)
            {
                return new TurnResult(AnswerFrom(state, originalQuestion ?? text, section, section.Passages[0], []))
                {
                    Kind = AnswerKind.Answer,
                    SectionId = section.Id,
                    ChosenAlternative = new ChosenAlternative(message.UserId, PersonalDataRedactor.Redact(originalQuestion ?? text), section.Id, time.GetUtcNow()),
                };
            }
        }

        if (Phrases.IsDecline(text))
        {
            state.OffersDeclined = true;
            return Say("No problem, I won't mention them again. Ask me anything else about gut health and skin.", Phrases.Topics);
        }

        if (SmallTalkReplies.For(answer.Kind, brand.Value.Contact, answer.Kind == AnswerKind.Greeting ? Welcome(state) : []) is { } smallTalk)
        {
            return smallTalk with { Kind = answer.Kind };
        }

        if (answer is { Kind: AnswerKind.TrialFacts, TrialFact: { } fact } && knowledge.Current.Offers is { } offered)
        {
            return SmallTalkReplies.TrialFact(offered.Trial, fact) with { Kind = AnswerKind.TrialFacts };
        }

        if (Phrases.AsksAboutProductEffects(text))
        {
            return ProductClaimQuestion();
        }

        if (answer.Offer is { } kind)
        {
            return RequestedOffer(state, kind, message) with { Kind = AnswerKind.Offer };
        }

        if (answer.Reason == NoAnswerReason.Clinician)
        {
            return Say(ClinicianReferral, Phrases.Topics) with { Kind = AnswerKind.Clinician };
        }

        if (answer.Answered && answer.Section is { } best && answer.Passage is { } passage)
        {
            return new TurnResult(AnswerFrom(state, text, best, passage, answer.Alternatives)) { Kind = AnswerKind.Answer, SectionId = best.Id, Confidence = answer.Confidence };
        }

        return NotAnswered(message) with { Confidence = answer.Confidence };
    }

    // A question in the middle of the signup is answered, then the signup resumes where it was; null when the
    // question has no answer, so that the text goes to the signup step.
    private TurnResult? AnswerDuringSignup(ConversationData state, Answer answer)
    {
        if (knowledge.Current.Offers?.Trial is null || answer.Offer is not null)
        {
            return null;
        }

        if (answer.Reason == NoAnswerReason.Clinician)
        {
            return new TurnResult([new Reply(ClinicianReferral), Resume(state)]) { Kind = AnswerKind.Clinician };
        }

        if (answer.Answered && answer.Section is { } section && answer.Passage is { } passage)
        {
            var replies = new List<Reply>();
            AddDisclaimerOnce(state, replies);
            replies.Add(new Reply(Quote(passage, section)));
            state.LastAnswer = new AnswerShown { Question = PersonalDataRedactor.Redact(answer.Question.Trim()), SectionId = section.Id };
            replies.Add(Resume(state));
            return new TurnResult(replies) { Kind = AnswerKind.Answer, SectionId = section.Id, Confidence = answer.Confidence };
        }

        return null;
    }

    private TurnResult ContinueSignup(ConversationData state, UserMessage message, OfferKind? offer)
    {
        var text = message.Text.Trim();
        if (knowledge.Current.Offers?.Trial is not { } trial)
        {
            TrialSignupFlow.Clear(state.Signup);
            return Say(TrialSignupFlow.Unavailable, Phrases.Topics);
        }

        if (offer == OfferKind.Guide && knowledge.Current.Offers is { } offers)
        {
            return new TurnResult([new Reply("Here's our free guide: no signup needed.", null, [GuideCard(offers.Guide)]), Resume(state)]);
        }

        var now = time.GetUtcNow();
        var outcome = TrialSignupFlow.Next(state.Signup, text, trial, now);
        if (!outcome.Completed)
        {
            return new TurnResult(outcome.Replies);
        }

        var signup = state.Signup;
        var lead = new Lead(
            Offer: "trial",
            Email: signup.Email!,
            Name: signup.Name!,
            Address: signup.Address,
            Phone: signup.Phone,
            AgeConfirmed: signup.AgeConfirmed,
            MarketingConsent: signup.MarketingConsent == true,
            ConsentAt: signup.ConsentAt,
            ConsentVersion: signup.ConsentVersion,
            UserId: message.UserId,
            Channel: message.Channel,
            CreatedAt: now,
            UpdatedAt: now);
        TrialSignupFlow.Clear(signup);
        state.OfferShown = true;
        var done = new List<Reply>(outcome.Replies);
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            // The disclaimer goes before the last reply so that the topics stay on the last message.
            done.Insert(done.Count - 1, new Reply($"_{trial.Disclaimer}_"));
        }

        return new TurnResult(done) { Lead = lead };
    }

    private TurnResult RequestedOffer(ConversationData state, OfferKind kind, UserMessage message)
    {
        if (knowledge.Current.Offers is not { } offers)
        {
            return Say("Sorry, that isn't available right now. Please try again later.", Phrases.Topics);
        }

        state.OfferShown = true;
        if (kind == OfferKind.Guide)
        {
            return new TurnResult([new Reply("Here's our free guide: no signup needed.", Phrases.Topics, [GuideCard(offers.Guide)])]);
        }

        // Everyone in a channel or group chat would read the name, email and address: the signup happens in private.
        if (message.InGroup)
        {
            return Say(PrivateSignup, Phrases.Topics);
        }

        var form = SignupChannels.ShowsForm(message.Channel) ? SignupForm.Empty(message.Locale) : null;
        return new TurnResult(TrialSignupFlow.Start(state.Signup, offers.Trial, form).Replies);
    }

    /// <summary>The bot never says what Life Greens does for a condition: it gives the disclaimer and the articles instead.</summary>
    private TurnResult ProductClaimQuestion()
    {
        var trial = knowledge.Current.Offers?.Trial;
        var text = new StringBuilder("I can't make health claims about Life Greens: it is a food supplement, not a treatment.");
        if (!string.IsNullOrWhiteSpace(trial?.Disclaimer))
        {
            text.Append(' ').Append(trial.Disclaimer);
        }

        text.Append(" Our articles explain what research says about gut health and skin: pick a topic, or ask about one.");
        return Say(text.ToString(), [.. Phrases.Topics, Phrases.StartTrial]);
    }

    private List<Reply> AnswerFrom(ConversationData state, string question, KnowledgeSection section, string passage, IReadOnlyList<AlternativeSection> alternatives)
    {
        var replies = new List<Reply>();
        AddDisclaimerOnce(state, replies);
        replies.Add(new Reply(Quote(passage, section)));
        state.LastAnswer = new AnswerShown { Question = PersonalDataRedactor.Redact(question), SectionId = section.Id };

        var offers = knowledge.Current.Offers;
        if (offers is not null && !state.OfferShown && !state.OffersDeclined && !UrgentTurn.PausesOffers(state))
        {
            state.OfferShown = true;
            replies.Add(new Reply("Want to go further? Both of these are free:", null, [GuideCard(offers.Guide), TrialCard(offers.Trial)]));
        }

        var choices = alternatives.Where(a => a.SectionId != section.Id).Take(3).ToList();
        if (choices.Count > 0)
        {
            // Close alternatives replace the related-section follow-ups, so the choice stays short.
            state.DidYouMean = choices.Select(a => new SectionChoice { SectionId = a.SectionId, Title = a.SectionTitle }).ToList();
            state.DidYouMeanQuestion = state.LastAnswer.Question;
            replies.Add(new Reply("Was this helpful? Or did you mean one of these?", [Phrases.TellMeMore, Phrases.Helpful, Phrases.NotHelpful, .. choices.Select(a => a.SectionTitle), Phrases.NoneOfThese]));
        }
        else
        {
            replies.Add(new Reply("Was this helpful?", FollowUps(section)));
        }

        return replies;
    }

    private TurnResult TellMeMore(ConversationData state)
    {
        if (state.LastAnswer is null || knowledge.Current.FindSection(state.LastAnswer.SectionId) is not { } section)
        {
            return Say("Ask me a question first, and then I can tell you more about it.", Phrases.Topics);
        }

        return new TurnResult([new Reply(Quote(section.FullText, section)), new Reply("Was this helpful?", FollowUps(section, withMore: false))]);
    }

    private TurnResult GiveFeedback(ConversationData state, UserMessage message, bool helpful)
    {
        if (state.LastAnswer is not { FeedbackGiven: false } last)
        {
            return Say("Thanks! Ask me anything else about gut health and skin.", Phrases.Topics);
        }

        last.FeedbackGiven = true;
        var reply = helpful
            ? "Thanks for letting me know! Anything else you'd like to know?"
            : "Thanks for telling me: I'll pass it on so we can improve our articles. You could try asking another way, or pick a topic.";
        return new TurnResult([new Reply(reply, Phrases.Topics)])
        {
            Feedback = new Feedback(message.UserId, last.Question, last.SectionId, helpful, time.GetUtcNow()),
        };
    }

    private TurnResult NotAnswered(UserMessage message)
    {
        var topics = new StringBuilder(NoAnswer).Append("\n\nHere's what our articles cover:\n");
        foreach (var section in knowledge.Current.Sections)
        {
            topics.Append($"\n- {section.Title}");
        }

        return new TurnResult([new Reply(topics.ToString(), Phrases.Topics)]) { Unanswered = Unanswered(message, message.Text), Kind = AnswerKind.NoAnswer };
    }

    private Reply Resume(ConversationData state)
    {
        var prompt = knowledge.Current.Offers?.Trial is { } trial
            ? TrialSignupFlow.Prompt(state.Signup, trial)
            : new Reply(string.Empty);
        return prompt with { Text = $"Now, back to your free trial signup. {prompt.Text}" };
    }

    private TurnResult WithResume(ConversationData state, bool signingUp, TurnResult result) =>
        signingUp ? result with { Replies = [.. result.Replies.Select(r => r with { SuggestedActions = null }), Resume(state)] } : result;

    private IReadOnlyList<string> FollowUps(KnowledgeSection section, bool withMore = true)
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
            if (knowledge.Current.FindSection(related) is { } other)
            {
                actions.Add(other.Questions.Count > 0 ? other.Questions[0] : other.Title);
            }
        }

        return actions;
    }

    private static void AddDisclaimerOnce(ConversationData state, List<Reply> replies)
    {
        if (!state.DisclaimerShown)
        {
            state.DisclaimerShown = true;
            replies.Add(new Reply(Disclaimer));
        }
    }

    private static string Quote(string passage, KnowledgeSection section)
    {
        var quote = new StringBuilder(passage).Append("\n\nFrom: ").Append(section.Title);
        if (!string.IsNullOrWhiteSpace(section.Source))
        {
            quote.Append("\n\nRead the article: ").Append(section.Source);
        }

        return quote.ToString();
    }

    private static ReplyCard GuideCard(Offer guide) =>
        new(guide.Title, guide.Pitch, [new CardButton("Get the free guide", guide.Url, OpensUrl: true)]);

    private static ReplyCard TrialCard(Offer trial)
    {
        var text = string.IsNullOrWhiteSpace(trial.Disclaimer) ? trial.Pitch : $"{trial.Pitch}\n\n{trial.Disclaimer}";
        var buttons = new List<CardButton> { new("Start my free trial", Phrases.StartTrial, OpensUrl: false) };
        if (!string.IsNullOrWhiteSpace(trial.TermsUrl))
        {
            buttons.Add(new CardButton("Trial terms", trial.TermsUrl, OpensUrl: true));
        }

        buttons.Add(new CardButton(Phrases.NoThanks, Phrases.NoThanks, OpensUrl: false));
        return new ReplyCard(trial.Title, text, buttons);
    }

    private UnansweredQuestion Unanswered(UserMessage message, string question) =>
        new(message.UserId, PersonalDataRedactor.Redact(question), time.GetUtcNow());

    private static TurnResult Say(string text, IReadOnlyList<string>? suggestedActions = null) =>
        new([new Reply(text, suggestedActions)]);
}
