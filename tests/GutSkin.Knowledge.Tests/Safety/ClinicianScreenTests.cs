using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The one-message clinician screen: a named medicine, a pregnancy or a count of capsules a day is referred; a capsule or a
/// pill as the form a probiotic comes in is not.
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
}
