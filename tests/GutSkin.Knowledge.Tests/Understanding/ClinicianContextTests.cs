using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Understanding;

public sealed class ClinicianContextTests
{
    private static readonly ConversationTopic Psoriasis = new("what is psoriasis", "psoriasis", "psoriasis");

    [Theory]
    [InlineData("my husband is on methotrexate for his psoriasis, does gut health matter?", ClinicianMatter.Medicine)]
    [InlineData("I'm 20 weeks pregnant and my eczema is flaring, is it linked to the gut?", ClinicianMatter.Pregnancy)]
    [InlineData("I'm breastfeeding and my skin is awful", ClinicianMatter.Breastfeeding)]
    [InlineData("my 2 year old has eczema on her cheeks", ClinicianMatter.Child | ClinicianMatter.YoungChild)]
    [InlineData("she's 7 and the eczema is behind her knees", ClinicianMatter.Child)]
    [InlineData("I had loads of antibiotics as a kid, could that be why?", ClinicianMatter.None)]
    [InlineData("PsA and pso for 12 yrs, does gut health matter for the joint side", ClinicianMatter.None)]
    [InlineData("I've had eczema for 6 months, is it my gut?", ClinicianMatter.None)]
    [InlineData("I work a nursing job and my hands crack", ClinicianMatter.None)]
    public void Raised_NamesWhatTheMessageSaysAboutSomeoneNow(string message, ClinicianMatter expected) =>
        Assert.Equal(expected, ClinicianContext.Raised(message));

    [Theory]
    [InlineData("can he have the green juice with it?")]
    [InlineData("is it ok to start them")]
    [InlineData("how much should she have a day")]
    [InlineData("would a probiotic interfere with that")]
    public void Refers_AskingToTakeSomethingAfterAMedicine_IsReferred(string message) =>
        Assert.True(ClinicianContext.Refers(message, Psoriasis with { Matters = ClinicianMatter.Medicine }));

    [Theory]
    [InlineData("what is the gut-skin link?")]
    [InlineData("do probiotics help psoriasis at all")]
    [InlineData("which foods am I better off cutting back on")]
    [InlineData("how long do they take to work")]
    [InlineData("could that have anything to do with her gut")]
    public void Refers_AskingForInformation_IsNotReferred(string message) =>
        Assert.False(ClinicianContext.Refers(message, Psoriasis with { Matters = ClinicianMatter.Medicine | ClinicianMatter.Pregnancy }));

    [Fact]
    public void Refers_WithoutAMatterRaised_IsNotReferred() =>
        Assert.False(ClinicianContext.Refers("can he have the green juice with it?", Psoriasis));

    // The thing to be given comes from the last question ("is kefir good for eczema"); the turn names only who would have it.
    [Theory]
    [InlineData("and can my 3 year old have it too?")]
    [InlineData("is it safe while I'm pregnant")]
    public void Refers_TurnRaisingTheMatterItself_AfterAQuestion_IsReferred(string message) =>
        Assert.True(ClinicianContext.Refers(message, Psoriasis));

    [Fact]
    public void Refers_TurnRaisingTheMatterItself_WithNoQuestionBefore_IsLeftToTheOneMessageScreen() =>
        Assert.False(ClinicianContext.Refers("and can my 3 year old have it too?", new ConversationTopic(null, null, null)));

    [Fact]
    public void Refers_TurnRaisingTheMatterButAskingForInformation_IsNotReferred() =>
        Assert.False(ClinicianContext.Refers("my 3 year old has eczema too, is it the same thing", Psoriasis));

    // After a child is mentioned, what the child is given is a clinician matter; what the visitor takes is not.
    [Theory]
    [InlineData("can i give her probiotic powder", true)]
    [InlineData("how many drops would she need", true)]
    [InlineData("can i use kimchi instead of sauerkraut", false)]
    public void Refers_AfterAChild_OnlyWhatTheChildIsGiven(string message, bool referred)
    {
        Assert.Equal(referred, ClinicianContext.Refers(message, Psoriasis with { Matters = ClinicianMatter.Child }));
        Assert.Equal(referred, ClinicianContext.Refers(message, Psoriasis with { Matters = ClinicianMatter.Child | ClinicianMatter.YoungChild }));
    }

    [Fact]
    public void After_AReferredFirstTurn_RemembersOnlyTheMatter()
    {
        var after = ClinicianContext.After(null, null, "my husband is on methotrexate, can he have probiotics?");

        Assert.Equal(new ConversationTopic(null, null, null) { Matters = ClinicianMatter.Medicine }, after);
    }

    [Fact]
    public void After_ANewTopic_KeepsTheMattersRaisedBefore()
    {
        var before = Psoriasis with { Matters = ClinicianMatter.Pregnancy };
        var answered = new ConversationTopic("what is eczema", "eczema", "eczema");

        Assert.Equal(ClinicianMatter.Pregnancy, ClinicianContext.After(answered, before, "what is eczema")?.Matters);
        Assert.Null(ClinicianContext.After(null, before, "which foods help"));
    }

    // With no question before, a child named in the turn is referred when the turn asks to give them a supplement or a
    // dose; a test, an activity, a question about the evidence or a summary asked for the child gives them nothing.
    [Theory]
    [InlineData("can I give my 3 year old probiotic drops for her eczema", true)]
    [InlineData("is it ok to give my 6 year old a vitamin D supplement", true)]
    [InlineData("should my 9 year old have allergy tests for his eczema", false)]
    [InlineData("my 7 year old has eczema, can she still go swimming", false)]
    [InlineData("can probiotics help my 8 year old's eczema? not asking about a dose, just the evidence", false)]
    [InlineData("my 12 year old has a school project on gut bacteria, can you give him a quick summary", false)]
    public void Refers_AChildNamedWithNoQuestionBefore_OnlyASupplementOrDoseGiven(string message, bool referred) =>
        Assert.Equal(referred, ClinicianContext.Refers(message, null));

    // A baby's or a toddler's food is referred too; an older child's food, and how long a child has had something, are not.
    [Theory]
    [InlineData("is it ok to put goat's milk in my 2 year old's porridge", true)]
    [InlineData("how much porridge should my 14 month old eat a day for her eczema", true)]
    [InlineData("how much yoghurt can my 2 year old have a day", true)]
    [InlineData("what should my 10 year old eat for her eczema", false)]
    [InlineData("my daughter is 9 and has had eczema for 6 months, can she have dairy", false)]
    public void Refers_AYoungChildsFood_NotAnOlderChilds(string message, bool referred) =>
        Assert.Equal(referred, ClinicianContext.Refers(message, null));

    [Fact]
    public void Raised_APregnancyToldByItsTrimester() =>
        Assert.Equal(ClinicianMatter.Pregnancy, ClinicianContext.Raised("I'm in my second trimester and my eczema is back"));

    // Round 20: which foods suit a child past the toddler years is diet advice across a conversation too; a baby's or a
    // toddler's food, leave for one thing, or a supplement, is still referred.
    [Theory]
    [InlineData("what kind of food should she be having", ClinicianMatter.Child, false)]
    [InlineData("so what should he eat then", ClinicianMatter.Child, false)]
    [InlineData("what kind of food should she be having", ClinicianMatter.Child | ClinicianMatter.YoungChild, true)]
    [InlineData("what kind of food should she be having", ClinicianMatter.Child | ClinicianMatter.Medicine, true)]
    [InlineData("can she have kefir", ClinicianMatter.Child, true)]
    [InlineData("which probiotic should she take", ClinicianMatter.Child, true)]
    public void Refers_AnOlderChildsDiet_NotReferred(string message, ClinicianMatter matters, bool referred) =>
        Assert.Equal(referred, ClinicianContext.Refers(message, Psoriasis with { Matters = matters }));

    [Theory]
    [InlineData("my wee boy is 18 months and has eczema", ClinicianMatter.Child | ClinicianMatter.YoungChild)]
    [InlineData("my daughter is 12 and has eczema", ClinicianMatter.Child)]
    public void Raised_AYoungChildApartFromAnOlderOne(string message, ClinicianMatter expected) =>
        Assert.Equal(expected, ClinicianContext.Raised(message));

    // Scots "gie" is give.
    [Theory]
    [InlineData("an can I gie her the probiotic sachets, she's 7", true)]
    [InlineData("an does she need tae see a doctor, she's 7", false)]
    public void Refers_GivingInScots(string message, bool referred) =>
        Assert.Equal(referred, ClinicianContext.Refers(message, Psoriasis));
}
