using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Answers questions from one version of the index, <paramref name="index"/>, held open by whoever made this finder:
/// safety first, then offer requests, then hybrid retrieval (BM25 over Lucene with spelling and synonyms, beside sentence
/// embeddings), then a fitted answerability decision.
/// </summary>
internal sealed class AnswerFinder(KnowledgeIndex index)
{
    private const int MaxAlternatives = 3;

    // When the answer is unsure, another section scored at least this share of the best one's is offered as "did you
    // mean". A share of the best, not a fixed score: a refit moves every score, not much their ratios.
    private const double CloseShare = 0.5;

    /// <summary>The part of a trimmed message that is screened and searched: its first <see cref="MessageLength.Max"/> characters.</summary>
    public static string SearchedPart(string trimmed) => trimmed.Length > MessageLength.Max ? trimmed[..MessageLength.Max] : trimmed;

    /// <summary>The answer to <paramref name="question"/>, a follow-up resolved against <paramref name="topic"/>; never throws for any text.</summary>
    /// <param name="model">The answerability model.</param>
    /// <param name="question">The message.</param>
    /// <param name="topic">The conversation's topic, for follow-ups.</param>
    /// <param name="screened">True when the caller has already run <see cref="MessageScreen"/> on it and it decided nothing.</param>
    public Answer Find(AnswerModel model, string question, ConversationTopic? topic = null, bool screened = false)
    {
        var trimmed = question.Trim();
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return Answer.NotAnswered(question, NoAnswerReason.Empty) with { Kind = trimmed.Length == 0 ? AnswerKind.Empty : AnswerKind.Gibberish };
        }

        var searched = SearchedPart(trimmed);
        if (!screened && MessageScreen.InConversation(MessageScreen.Decide(question, searched, index.Content.Offers), question, searched, topic) is { } decided)
        {
            return decided;
        }

        if (SmallTalk.Detect(searched) is { } smallTalk)
        {
            return Answer.NotAnswered(question, NoAnswerReason.SmallTalk) with { Kind = smallTalk };
        }

        if (KnownWords.IsGibberish(searched, word => index.PlainAnalyzer.Terms(index.Spelling.Correct(word)).Any(index.HasTerm)))
        {
            return Answer.NotAnswered(question, NoAnswerReason.Empty) with { Kind = AnswerKind.Gibberish };
        }

        var resolved = FollowUp.Resolve(searched, topic, index.Subjects);
        var answer = Decide(model, question, Gather(resolved), NamedSections(resolved));
        if (resolved != searched)
        {
            // Both readings are scored: a turn that only looks like a follow-up ("what foods have probiotics in them" after
            // eczema) answers better on its own. Its own reading wins only when answered surely, from another section and
            // more surely than the resolved one: with the pronoun left unresolved, a weak match ("so is it in the genes")
            // would answer for the wrong condition, and the resolved reading names the subject the next turn needs.
            var own = Decide(model, question, Gather(searched), NamedSections(searched));
            if (own.Answered && own.Confidence >= SureConfidence(model) && (!answer.Answered || (own.Section != answer.Section && own.Confidence > answer.Confidence)))
            {
                (answer, resolved) = (own, searched);
            }
        }

        // A turn that names nothing and was declined ("so what must I eat then" after eczema) may be about the subject the
        // conversation is on. Only a sure answer is taken: a turn that left the subject ("what about alcohol", "should I see a
        // skin doctor") would otherwise answer for the old one.
        if (!answer.Answered && resolved == searched && FollowUp.AboutTheSubject(searched, topic, index.Subjects) is { } about)
        {
            var carried = Decide(model, question, Gather(about), NamedSections(about));
            if (carried.Answered && carried.Confidence >= SureConfidence(model))
            {
                (answer, resolved) = (carried, about);
            }
        }

        if (!answer.Answered && topic?.Question is { } previous && FollowUp.MayLeanOnTheTopic(searched) && InContext(model, question, previous, resolved) is { } inContext)
        {
            answer = inContext;
        }

        // "hi there, my friend sent me this link so just having a look around": declined, and asking nothing after its hello.
        if (!answer.Answered && answer.Reason == NoAnswerReason.NotFound && SmallTalk.Opening(searched) is { } opening)
        {
            answer = answer with { Reason = NoAnswerReason.SmallTalk, Kind = opening };
        }

        var answeredBy = answer.Answered ? answer.Section : null;
        var after = FollowUp.TopicAfter(resolved, answeredBy, topic, index.Subjects);
        return answer with { ResolvedQuestion = answer.ResolvedQuestion ?? resolved, Topic = ClinicianContext.After(after, topic, searched) };
    }

    /// <summary>
    /// A short turn declined on every reading, asked together with the last question ("which problems exactly" after "is
    /// the gut linked to the skin"): answered when that reading is at least as sure as the last question alone, so that the
    /// turn's own words cost nothing the answering section lacks; else null. A turn asking what the section does not say
    /// ("is it contagious" after "what is scleroderma") lowers the joint reading below the last question's and stays declined.
    /// </summary>
    private Answer? InContext(AnswerModel model, string question, string previous, string resolved)
    {
        var context = $"{previous.TrimEnd('?', '.', '!', ' ')}? {resolved}";
        var together = Decide(model, question, Gather(Read(context, joined: true)), NamedSections(context));
        return together.Answered && together.Confidence >= Decide(model, previous, Gather(previous), NamedSections(previous)).Confidence
            ? together with { ResolvedQuestion = context }
            : null;
    }

    /// <summary>The evidence for <paramref name="searched"/>, before any fitted weight: what <c>calibrate</c> fits on.</summary>
    /// <param name="searched">The message's searched part.</param>
    /// <param name="hidden">Exemplar questions not to compare with: the training question itself, when fitting.</param>
    public RetrievalEvidence Gather(string searched, Func<string, bool>? hidden = null) => Gather(Read(searched), hidden);

    /// <summary>What retrieval reads of <paramref name="searched"/> before it looks at the labelled exemplars.</summary>
    /// <param name="searched">The message's searched part.</param>
    /// <param name="joined">
    /// True for a turn joined to the last question ("is the gut linked to the skin? which problems exactly"): each
    /// sentence is read as before the asking ones were preferred, since the last question carries the subject.
    /// </param>
    public QuestionReading Read(string searched, bool joined = false)
    {
        var corrected = index.Spelling.Correct(searched);
        var questionSentences = MessageSentences.Questions(corrected, keepStory: joined);
        var (lexical, topicTerms, unknownTerms) = LexicalRanking.Rank(index, corrected, questionSentences, weighAsked: !joined);
        // Meaning is read from the corrected words too: the model does not know that "exema" is eczema.
        List<float[]> queries = [index.Semantic.Embedder.EmbedQuery(corrected), .. questionSentences.Select(index.Semantic.Embedder.EmbedQuery)];
        var sections = index.Content.Sections.Count;
        var semantic = new SectionSimilarity[sections];
        for (var section = 0; section < sections; section++)
        {
            semantic[section] = index.Semantic.Compare(queries[0], section);
            foreach (var sentence in queries.Skip(1))
            {
                semantic[section] = SectionSimilarity.Closer(semantic[section], index.Semantic.Compare(sentence, section));
            }
        }

        var semanticRank = new int[sections];
        var rank = 0;
        foreach (var section in Enumerable.Range(0, sections).OrderByDescending(s => semantic[s].Best))
        {
            semanticRank[section] = rank++;
        }

        var lexicalRank = lexical.Values.OrderByDescending(c => c.Score).Select((c, r) => (c.Section, r)).ToDictionary(r => r.Section, r => r.r);
        var questionTerms = index.PlainAnalyzer.Terms(corrected).ToHashSet(StringComparer.Ordinal);
        return new QuestionReading(searched, questionTerms, lexical, lexicalRank, topicTerms, unknownTerms, queries, semantic, semanticRank);
    }

    /// <summary>The evidence for a question read before, compared now with the exemplars <paramref name="hidden"/> leaves.</summary>
    public RetrievalEvidence Gather(QuestionReading reading, Func<string, bool>? hidden = null)
    {
        var semantic = reading.Semantic;
        var sections = semantic.Length;
        var neighbours = index.Semantic.Neighbours(reading.Queries, hidden, exemplar => index.Applies(exemplar, reading.QuestionTerms));
        var neighbour = Enumerable.Range(0, sections).Select(s => CandidateFeatures.Neighbour(semantic[s], neighbours, s)).ToArray();
        var candidates = new List<RetrievalCandidate>(sections);
        for (var section = 0; section < sections; section++)
        {
            LexicalCandidate? matched = reading.Lexical.TryGetValue(section, out var found) ? found : null;

            // Ties share the better rank.
            var neighbourRank = neighbour.Count(n => n > neighbour[section]);
            var features = CandidateFeatures.Of(
                semantic[section], matched, reading.SemanticRank[section], reading.LexicalRank.GetValueOrDefault(section), neighbour[section], neighbourRank, neighbours.VotesFor(section));
            candidates.Add(new RetrievalCandidate(section, semantic[section], matched, features));
        }

        return new RetrievalEvidence(
            candidates,
            reading.TopicTerms == 0 ? 0 : (double)reading.UnknownTerms / reading.TopicTerms,
            reading.LexicalRank.Count == 0 ? -1 : reading.LexicalRank.MinBy(r => r.Value).Key,
            reading.Searched.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            reading.Queries[0])
        {
            SemanticTop = sections == 0 ? -1 : Array.IndexOf(reading.SemanticRank, 0),
            UnknownTerms = reading.UnknownTerms,
            TopicTerms = reading.TopicTerms,
            AsksSpecific = SpecificQuestion.IsMatch(reading.Searched),
            Neighbours = neighbours,
            NamesUncoveredTopic = index.NamesUncoveredTopic(reading.QuestionTerms, hidden),
            NovelTerms = index.NovelTerms(reading.QuestionTerms, hidden),
            QuestionTerms = reading.QuestionTerms,
            Queries = reading.Queries,
        };
    }

    /// <summary>The sections whose own subject (<see cref="KnowledgeIndex.OwnSubjects"/>) <paramref name="text"/> names.</summary>
    public HashSet<int> NamedSections(string text)
    {
        var named = FollowUp.SubjectsIn(text, index.Subjects);
        return [.. Enumerable.Range(0, index.OwnSubjects.Count).Where(section => named.Any(index.OwnSubjects[section].Contains))];
    }

    /// <summary>The answer the fitted model gives for the evidence.</summary>
    /// <param name="model">The answerability model.</param>
    /// <param name="question">The message.</param>
    /// <param name="evidence">What retrieval found for it.</param>
    /// <param name="named">The sections whose own subject the message names (<see cref="NamedSections"/>), for "did you mean".</param>
    public Answer Decide(AnswerModel model, string question, RetrievalEvidence evidence, IReadOnlySet<int>? named = null)
    {
        var ranked = Rank(model, evidence);
        if (ranked.Count == 0)
        {
            return Answer.NotAnswered(question, NoAnswerReason.NotFound);
        }

        var (best, bestScore) = ranked[0];
        var nextScore = ranked.Count > 1 ? ranked[1].Score : 0;
        var passage = index.Semantic.PassageVector(best.Section, best.Semantic.BestPassage);
        var confidence = model.Answerability.Probability(AnswerabilityFeatures.Of(bestScore, nextScore, best, evidence, passage));

        // Content staff listed this very question under a section (by hand or with `suggest --apply`): that section
        // answers it, whatever the fitted model makes of words it has not seen labelled.
        if (index.SectionListing(question) is { } listing && ranked.FirstOrDefault(r => r.Candidate.Section == listing) is { Candidate: not null } listed)
        {
            best = listed.Candidate;
            confidence = Math.Max(confidence, model.Threshold);
        }

        if (confidence < model.Threshold)
        {
            return Answer.NotAnswered(question, NoAnswerReason.NotFound) with { Confidence = confidence };
        }

        // "Did you mean", decided by what the message says: one that names the own subjects of two or more sections
        // ("gut health eczema psoriasis") may mean any of them, however sure the answer; and an answer in the lower half
        // of the answered range offers the sections scored close to the best.
        var unsure = confidence < SureConfidence(model);
        var alternatives = ranked
            .Where(r => r.Candidate.Section != best.Section)
            .Where(r => (named is { Count: > 1 } && named.Contains(r.Candidate.Section)) || (unsure && r.Score >= ranked[0].Score * CloseShare))
            .Take(MaxAlternatives)
            .Select(r => new AlternativeSection(index.Content.Sections[r.Candidate.Section].Id, index.Content.Sections[r.Candidate.Section].Title, r.Score))
            .ToList();
        var section = index.Content.Sections[best.Section];
        return new Answer(question, true, false, null, null, section, section.Passages[PassageChoice.Of(index, evidence, best)], confidence, alternatives);
    }

    /// <summary>The confidence from which an answer is sure: the upper half of the answered range.</summary>
    private static double SureConfidence(AnswerModel model) => (model.Threshold + 1) / 2;

    /// <summary>Sections by the fitted section score, best first.</summary>
    public static List<(RetrievalCandidate Candidate, double Score)> Rank(AnswerModel model, RetrievalEvidence evidence) =>
        [.. evidence.Candidates
            .Where(c => c.Semantic.Best > 0 || c.Lexical is not null)
            .Select(c => (c, model.Section.Probability(c.Features)))
            .OrderByDescending(r => r.Item2)];
}
