using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Understanding;

public sealed class FollowUpTests
{
    // The rarest first, as the index orders its sections' tags.
    private static readonly string[] Subjects =
        ["lupus", "microbiome", "autoimmune", "psoriasis", "eczema", "acne", "rosacea", "autoimmune skin conditions", "skin conditions", "gut-skin connection", "diet", "gut health", "probiotics"];

    [Theory]
    [InlineData("what is psoriasis", "psoriasis", "what causes it", "what causes psoriasis")]
    [InlineData("what is psoriasis", "psoriasis", "does diet matter for that?", "does diet matter for psoriasis")]
    [InlineData("what causes psoriasis", "psoriasis", "what about eczema?", "what causes eczema")]
    [InlineData("does gut health affect psoriasis", "psoriasis", "what about acne and rosacea?", "does gut health affect acne and rosacea")]
    [InlineData("can probiotics help eczema", "eczema", "and for kids?", "can probiotics help eczema for kids")]
    [InlineData("what is psoriasis", "psoriasis", "and can probiotics help?", "can probiotics help psoriasis")]
    public void Resolve_FollowUp_BecomesAStandaloneQuestion(string previous, string subject, string message, string expected) =>
        Assert.Equal(expected, Resolve(message, previous, subject), ignoreCase: true);

    [Theory]
    [InlineData("does it have anything to do with diet", "does psoriasis have anything to do with diet")]
    [InlineData("could it be down to gut health", "could psoriasis be down to gut health")]
    [InlineData("is it worse than eczema", "is psoriasis worse than eczema")]
    public void Resolve_PronounBeforeANamedSubject_IsTheTopic(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "what is psoriasis", "psoriasis"), ignoreCase: true);

    [Theory]
    [InlineData("would they be good for eczema", "would probiotics be good for eczema")]
    [InlineData("are they any use for acne", "are probiotics any use for acne")]
    public void Resolve_PluralPronoun_IsTheTopicToo(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "what are probiotics", "probiotics"), ignoreCase: true);

    // A plural pronoun takes the plural subject the last question named, not the condition the topic is about.
    [Theory]
    [InlineData("where can i get them", "where can i get probiotics")]
    [InlineData("are they safe", "are probiotics safe")]
    [InlineData("what causes it", "what causes psoriasis")]
    public void Resolve_Pronoun_AgreesInNumberWithTheSubjectItStandsFor(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "can probiotics help psoriasis", "psoriasis"), ignoreCase: true);

    [Fact]
    public void Resolve_PluralPronoun_WithNoPluralSubjectNamed_IsTheTopic() =>
        Assert.Equal("where do psoriasis come from", Resolve("where do they come from", "what is psoriasis", "psoriasis"), ignoreCase: true);

    [Theory]
    [InlineData("which problems exactly", true)]
    [InlineData("and for kids?", true)]
    [InlineData("is there a cure", false)]
    [InlineData("how much should she take", false)]
    [InlineData("so is it in the genes then", false)]
    public void MayLeanOnTheTopic_OnlyShortTurnsAskingWhatArticlesState(string message, bool expected) =>
        Assert.Equal(expected, FollowUp.MayLeanOnTheTopic(message));

    [Theory]
    [InlineData("right, back to eczema - what triggers it")]
    [InlineData("eczema again: is it common in adults")]
    [InlineData("that eczema rash, is it the same thing")]
    [InlineData("lupus, what does it do to the skin")]
    public void Resolve_PronounAfterASubjectNamedEarlierInTheTurn_IsThatSubject(string message) =>
        Assert.Equal(message, Resolve(message, "what is psoriasis", "psoriasis"));

    // "that" after a clause of the turn's own is what that clause said (what she eats, the medicine she is on); after only
    // an opening ("ok so,") it is still the topic.
    [Theory]
    [InlineData("she eats a lot of crisps, does that matter", "she eats a lot of crisps, does that matter")]
    [InlineData("my mum takes thyroxine daily, is kefir ok with that", "my mum takes thyroxine daily, is kefir ok with that")]
    [InlineData("I drink six coffees a day. Could this be it", "I drink six coffees a day. Could this be it")]
    [InlineData("ok so, does that matter", "ok so, does psoriasis matter")]
    [InlineData("right, is that common", "right, is psoriasis common")]
    public void Resolve_Demonstrative_IsTheTurnsOwnClauseWhenOneComesFirst(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "what is psoriasis", "psoriasis"), ignoreCase: true);

    [Theory]
    [InlineData("what did the research say", "what did the research say psoriasis")]
    [InlineData("any symptoms to look for", "any symptoms to look for psoriasis")]
    [InlineData("does diet matter?", "does diet matter psoriasis")]
    [InlineData("would probiotics work", "would probiotics work psoriasis")]
    public void Resolve_ShortTurnNamingNothingAsSpecific_IsAboutTheTopic(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "what is psoriasis", "psoriasis"), ignoreCase: true);

    [Theory]
    [InlineData("does diet matter for eczema")]
    [InlineData("what does lupus look like")]
    [InlineData("acne?")]
    public void Resolve_ShortTurnWithItsOwnSpecificSubject_StandsAlone(string message) =>
        Assert.Equal(message, Resolve(message, "is psoriasis autoimmune", "autoimmune"));

    [Theory]
    [InlineData("is there a cure for it")]
    [InlineData("can it be cured")]
    [InlineData("how long before it clears up")]
    [InlineData("how much should i have")]
    [InlineData("which brand is best")]
    [InlineData("what treatment works for it")]
    [InlineData("can they test for it")]
    [InlineData("will it go away on its own")]
    [InlineData("how would i know if i have it")]
    public void Resolve_AsksWhatAnArticleDoesNotState_StandsAlone(string message) =>
        Assert.Equal(message, Resolve(message, "what is psoriasis", "psoriasis"));

    [Theory]
    [InlineData("why?", "why can probiotics help eczema")]
    [InlineData("how come", "how come can probiotics help eczema")]
    [InlineData("so how exactly", "so how exactly can probiotics help eczema")]
    public void Resolve_OnlyAQuestionWord_AsksTheLastQuestionAgain(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "can probiotics help eczema", "eczema"), ignoreCase: true);

    [Theory]
    [InlineData("which one itches more", "which of eczema or psoriasis itches more")]
    [InlineData("are both autoimmune", "are both eczema and psoriasis autoimmune")]
    [InlineData("is either linked to diet", "is either eczema or psoriasis linked to diet")]
    [InlineData("what triggers each of them", "what triggers each of eczema and psoriasis")]
    public void Resolve_WhichOneOrBoth_NamesTheLastQuestionsSubjects(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "how are eczema and psoriasis different", "eczema"), ignoreCase: true);

    [Theory]
    [InlineData("how can i look after mine", "how can i look after my microbiome")]
    [InlineData("is yours healthy", "is your microbiome healthy")]
    public void Resolve_PossessivePronoun_TakesTheSubject(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "what is the microbiome", "microbiome"), ignoreCase: true);

    [Theory]
    [InlineData("and what about for eczema?", "does diet matter for eczema")]
    [InlineData("what about for lupus", "does diet matter for lupus")]
    public void Resolve_WhatAboutForASubject_AsksTheLastQuestionAboutIt(string message, string expected) =>
        Assert.Equal(expected, Resolve(message, "does diet matter for psoriasis", "psoriasis"), ignoreCase: true);

    [Theory]
    [InlineData("can probiotics help eczema?")]
    [InlineData("is rosacea linked to gut health")]
    [InlineData("I've had psoriasis on my elbows for seven years and lately it flares more when I'm stressed at work, is there a link between what I eat and my skin")]
    public void Resolve_QuestionWithItsOwnSubject_StandsAlone(string message)
    {
        Assert.Equal(message, FollowUp.Resolve(message, new ConversationTopic("what is psoriasis", "psoriasis", "psoriasis"), Subjects));
    }

    [Fact]
    public void Resolve_WithoutATopic_ChangesNothing()
    {
        Assert.Equal("what causes it", FollowUp.Resolve("what causes it", null, Subjects));
    }

    [Theory]
    [InlineData("is psoriasis autoimmune", "psoriasis")]
    [InlineData("my psoriasis and my diet, are they linked", "psoriasis")]
    [InlineData("does lupus look like psoriasis", "psoriasis")]
    [InlineData("how does the gut affect the skin", "psoriasis")]
    public void SubjectOf_PrefersTheSectionsOwnSubject(string question, string expected)
    {
        var section = Section("What is the Link Between Gut Health and Psoriasis?", "psoriasis", "autoimmune", "probiotics");

        Assert.Equal(expected, FollowUp.SubjectOf(question, section, Subjects));
    }

    [Theory]
    [InlineData("is lupus linked to the gut", "lupus")]
    [InlineData("what else is linked to the gut", "autoimmune skin conditions")]
    public void SubjectOf_OtherwiseTheMostSpecificNamed_OrTheTitlesTag(string question, string expected)
    {
        var section = Section("What About Other Autoimmune Skin Conditions?", "autoimmune skin conditions", "lupus", "skin conditions");

        Assert.Equal(expected, FollowUp.SubjectOf(question, section, Subjects));
    }

    [Fact]
    public void SubjectOf_TitleNamingNoTag_TakesTheFirstTag()
    {
        Assert.Equal("summary", FollowUp.SubjectOf("give me the gist", Section("Conclusion", "summary", "diet"), Subjects));
    }

    [Theory]
    [InlineData("is leaky gut real, a friend blames it for her eczema", "eczema")]
    [InlineData("my lupus flares in summer, is that the gut", "lupus")]
    public void TopicAfter_DeclinedTurnNamingANewSubject_MovesTheTopic(string declined, string expected)
    {
        var before = new ConversationTopic("what is psoriasis", "psoriasis", "psoriasis");

        var after = FollowUp.TopicAfter(declined, null, before, Subjects);

        Assert.Equal(expected, after?.Subject);
        Assert.Equal(declined, after?.Question);
    }

    [Theory]
    [InlineData("how is it treated")]
    [InlineData("is psoriasis contagious")]
    public void TopicAfter_DeclinedTurnNamingNothingNew_KeepsTheTopic(string declined)
    {
        Assert.Null(FollowUp.TopicAfter(declined, null, new ConversationTopic("what is psoriasis", "psoriasis", "psoriasis"), Subjects));
    }

    [Fact]
    public void TopicAfter_AnsweredTurn_IsAboutItsSection()
    {
        var section = Section("What is the Link Between Gut Health and Psoriasis?", "psoriasis", "autoimmune");

        var after = FollowUp.TopicAfter("is psoriasis autoimmune", section, null, Subjects);

        Assert.Equal(new ConversationTopic("is psoriasis autoimmune", "psoriasis", section.Id), after);
    }

    [Theory]
    [InlineData("whats the gut skin connection", "gut-skin connection")]
    [InlineData("which autoimmune skin conditions are linked", "autoimmune skin conditions")]
    public void SubjectsIn_MatchesWordsNotPunctuation_AndTheLongestPhrase(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(FollowUp.SubjectsIn(text, Subjects)));
    }

    [Theory]
    [InlineData("so what must I eat then", "so what must I eat then for psoriasis")]
    [InlineData("fine, what did the probiotic one show?", "fine, what did the probiotic one show for psoriasis")]
    public void AboutTheSubject_TurnNamingNothing_IsAskedAboutTheLastQuestionsSubject(string message, string expected) =>
        Assert.Equal(expected, FollowUp.AboutTheSubject(message, new ConversationTopic("is psoriasis linked to the gut", "psoriasis", "psoriasis"), Subjects));

    // A lead-in or a pronoun is Resolve's to read; a cure is not stated; rosacea is a subject of its own; a long turn asks
    // its own question.
    [Theory]
    [InlineData("what about alcohol")]
    [InlineData("should I see a doctor about this")]
    [InlineData("is there a cure")]
    [InlineData("does rosacea count")]
    [InlineData("so I've been reading a lot lately and I wonder what else I could try at home")]
    public void AboutTheSubject_TurnThatMayNotBeAboutTheSubject_IsNull(string message) =>
        Assert.Null(FollowUp.AboutTheSubject(message, new ConversationTopic("is psoriasis linked to the gut", "psoriasis", "psoriasis"), Subjects));

    [Fact]
    public void AboutTheSubject_SubjectTheVisitorNeverNamed_IsNull()
    {
        Assert.Null(FollowUp.AboutTheSubject("so what must I eat then", new ConversationTopic("how do I sort my gut out", "gut health", "improve-gut-health"), Subjects));
        Assert.Null(FollowUp.AboutTheSubject("so what must I eat then", null, Subjects));
    }

    [Fact]
    public void Resolve_TopicWithOnlyAClinicianMatter_LeavesTheMessageAsTyped() =>
        Assert.Equal("what causes it", FollowUp.Resolve("what causes it", new ConversationTopic(null, null, null) { Matters = ClinicianMatter.Pregnancy }, Subjects));

    private static string Resolve(string message, string previous, string subject) =>
        FollowUp.Resolve(message, new ConversationTopic(previous, subject, "any"), Subjects);

    private static KnowledgeSection Section(string title, params string[] tags) =>
        new("section", title, tags, [], [], null, ["text"], "section.md", 1);
}
