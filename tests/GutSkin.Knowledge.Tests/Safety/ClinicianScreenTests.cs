using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The one-message clinician screen: a named medicine, a pregnancy (also by its trimester), a baby (also by its age in weeks)
/// or a dose however it is written (by name, in milligrams or units, a count of capsules or an amount a day) is referred; a
/// capsule or a pill as the form a probiotic comes in is not.
/// </summary>
public sealed class ClinicianScreenTests
{
    [Theory]
    [InlineData("I take warfarin. Would fermented foods or a probiotic supplement change how it works?")]
    [InlineData("on amoxicillin for a chest infection, is there any point taking my probiotic")]
    [InlineData("im on the mini pill and omeprazole, will probiotics interfere with them")]
    [InlineData("how many probiotic capsules a day for psoriasis")]
    [InlineData("is it 1 capsule a day or 2 for eczema")]
    [InlineData("10 billion or 50 billion cfu, which strength for psoriasis")]
    [InlineData("30 weeks along, safe to start the green juice now?")]
    [InlineData("can he keep taking his tablets if he starts a probiotic")]
    [InlineData("what dose of zinc is right for acne")]
    [InlineData("is 50mg of zinc a day ok for my skin")]
    [InlineData("how many units of vitamin D should I be on for psoriasis")]
    [InlineData("cod liver oil for eczema, what amount per day")]
    [InlineData("which probiotics are safe in the first trimester")]
    [InlineData("my 10 week old has a dry scalp, what can I put on it")]
    [InlineData("my 4 month old's cheeks are red and rough, is it eczema")]
    [InlineData("I'm on clopidogrel, is the green juice ok for me")]
    public void Refers_AMedicineADoseOrAPregnancy(string message) => Assert.True(ClinicianScreen.Refers(message));

    [Theory]
    [InlineData("capsules or yoghurt for good bacteria")]
    [InlineData("i hate swallowing pills, is there any way to get good bacteria from normal food instead")]
    [InlineData("should my probiotic tablets live in the fridge")]
    [InlineData("fish oil capsules for eczema, any good")]
    [InlineData("the text is small on my tablet, could you sum up the article")]
    public void DoesNotRefer_APillOrCapsuleAsTheFormAProbioticComesIn(string message) => Assert.False(ClinicianScreen.Refers(message));

    // The conversation remembers the same medicines the screen refers, so a later "can he have it?" is referred too.
    [Theory]
    [InlineData("my dad takes warfarin and has psoriasis")]
    [InlineData("she is on hydroxychloroquine for lupus")]
    [InlineData("I'm on HRT and my skin is dry")]
    public void TheConversationRemembersTheMedicinesTheScreenRefers(string message)
    {
        Assert.True(ClinicianScreen.Refers(message));
        Assert.Equal(ClinicianMatter.Medicine, ClinicianContext.Raised(message));
    }

    // Background, told about the visitor's past or denied, is not the question: an age phrase ("since I was a baby"), babies
    // in general or in research, carrying a baby, a negated pregnancy or medicine, nursing as a subject of study, a recovery
    // time after a medicine, how many years or ways, and who pays for a medicine.
    [Theory]
    [InlineData("I'm 40 and have had psoriasis since I was a baby, is it genetic")]
    [InlineData("were you more likely to get eczema if you were bottle fed as babies")]
    [InlineData("do caesarean babies have different gut bacteria")]
    [InlineData("typing one handed while holding my baby, what is the gut skin axis")]
    [InlineData("I'm worn out from the new baby, just give me the short version")]
    [InlineData("itchy rash under my arms (not pregnant, not on any meds), what causes it")]
    [InlineData("I'm studying nursing, what does the article say about the microbiome")]
    [InlineData("should I take my toddler to the GP for her rash")]
    [InlineData("how long does it take for gut flora to recover after a course of antibiotics")]
    [InlineData("how many years does rosacea last")]
    [InlineData("how many ways can I improve my gut")]
    [InlineData("will insurance pay for biologic injections")]
    [InlineData("what would a year of biologics set me back")]
    public void DoesNotRefer_BackgroundThatIsNotTheQuestion(string message) => Assert.False(ClinicianScreen.Refers(message));

    // The background phrases hide only themselves: a dose, a medicine or a baby asked about beside them is still referred.
    [Theory]
    [InlineData("I've had eczema since I was a baby, can I take probiotics with my methotrexate")]
    [InlineData("not pregnant, but can my 6 month old baby have probiotic drops")]
    [InlineData("how many capsules a day, I'm not on any meds")]
    public void Refers_AClinicianMatterBesideBackground(string message) => Assert.True(ClinicianScreen.Refers(message));

    // Round 19: a medicine named by brand or in another field of care, a choice of medicine, a choice between strengths, too
    // many of a supplement, a pregnancy planned and a baby's formula are referred.
    [Theory]
    [InlineData("my mum is on mycophenolate after her transplant, can she have kefir")]
    [InlineData("I put Dermovate on my plaques, can I use the green juice too")]
    [InlineData("which antihistamine is best for hives at night")]
    [InlineData("is it bad to take too many probiotic capsules")]
    [InlineData("20bn or 40bn cfu, which one should I get for eczema")]
    [InlineData("we hope to conceive next year, should I keep taking the green juice")]
    [InlineData("is hypoallergenic formula better for eczema")]
    public void Refers_MedicinesChoicesStrengthsAndPlannedPregnancies(string message) => Assert.True(ClinicianScreen.Refers(message));

    // Round 19 background: what a medicine costs, a course that is over, a condition named for a medicine, medicine as a
    // field, melasma's everyday name, a pregnancy that has ended and a list of what was tried.
    [Theory]
    [InlineData("how much does dupilumab cost a month without insurance")]
    [InlineData("three courses of antibiotics last winter, did they upset my gut bacteria")]
    [InlineData("after a round of amoxicillin my skin broke out, is the gut involved")]
    [InlineData("what is topical steroid withdrawal")]
    [InlineData("is the gut skin link accepted in mainstream medicine")]
    [InlineData("dark patches people call pregnancy mask, anything to do with the gut")]
    [InlineData("my skin changed after my pregnancy ended, could it be my gut")]
    [InlineData("Tried: emollients, hydrocortisone, an exclusion diet. Is the gut worth a look?")]
    public void DoesNotRefer_RoundNineteenBackground(string message) => Assert.False(ClinicianScreen.Refers(message));

    // The near misses of that background: its medicine is still referred when the message asks about taking it.
    [Theory]
    [InlineData("is the cheaper biologic safe alongside probiotics")]
    [InlineData("I'm on a course of antibiotics now, can I take probiotics with it")]
    [InlineData("is it safe to stop my steroid cream, I'm scared of topical steroid withdrawal")]
    [InlineData("Tried: steroid creams and emollients. Can I take probiotics instead?")]
    public void Refers_AMedicineAskedAboutBesideThatBackground(string message) => Assert.True(ClinicianScreen.Refers(message));

    // Units of alcohol, a count of the gut's bacteria and an amount of a food are not doses.
    [Theory]
    [InlineData("how many units of alcohol a week before it hurts my gut")]
    [InlineData("the gut has something like 100 billion bacteria, how many kinds are there")]
    [InlineData("what is the right amount of fibre a day for gut health")]
    public void DoesNotRefer_AmountsThatAreNotADose(string message) => Assert.False(ClinicianScreen.Refers(message));

    // Round 20: a medicine told in a sentence that asks nothing, before a general question, is background.
    [Theory]
    [InlineData("Psoriasis for years, on a biologic now. Does the gut matter for psoriatic arthritis")]
    [InlineData("My hives are bad and antihistamines barely help. Is the gut linked to hives?")]
    [InlineData("I have eczema and use a steroid cream most days. What does the article say about the gut link")]
    public void DoesNotRefer_AMedicineToldBeforeAGeneralQuestion(string message) => Assert.False(ClinicianScreen.Refers(message));

    // Its near misses: the question asks to take, combine or dose something, or names a supplement beside the medicine.
    [Theory]
    [InlineData("Psoriasis for years, on a biologic now. Can I take probiotics?")]
    [InlineData("I use a steroid cream most days. Would the green juice help my eczema")]
    [InlineData("My hives are bad and antihistamines barely help. How many a day is too many?")]
    [InlineData("on a biologic now, does the gut matter for psoriasis")]
    public void Refers_AMedicineBesideAQuestionAboutTakingSomething(string message) => Assert.True(ClinicianScreen.Refers(message));
}
