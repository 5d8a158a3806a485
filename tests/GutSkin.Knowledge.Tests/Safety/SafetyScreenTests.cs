using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>The screen's verdicts: urgent wins over the clinician referral; doses, medicines, pregnancy and babies are referred.</summary>
public sealed class SafetyScreenTests
{
    [Theory]
    [InlineData("I'm 12 weeks pregnant and bleeding, is it my probiotics", RedFlagCategory.Pregnancy)]
    [InlineData("my 5 week old baby has a fever, what dose of probiotics can I give", RedFlagCategory.UnwellChild)]
    [InlineData("I took too many of my steroid tablets", RedFlagCategory.PoisoningOverdose)]
    public void Assess_RedFlagAboutAClinicianTopic_IsUrgent(string message, string category)
    {
        var assessment = SafetyScreen.Assess(message);

        Assert.Equal(SafetyVerdict.Urgent, assessment.Verdict);
        Assert.Equal(category, assessment.Category);
        Assert.Equal(SafetyLayer.Phrase, assessment.Layer);
    }

    [Theory]
    [InlineData("what dose of probiotics should i take")]
    [InlineData("can i take probiotics while pregnant")]
    [InlineData("can i give my baby probiotics for eczema")]
    public void Assess_ClinicianTopic_IsAReferral(string message)
    {
        var assessment = SafetyScreen.Assess(message);

        Assert.Equal(SafetyVerdict.ClinicianReferral, assessment.Verdict);
        Assert.Null(assessment.Category);
    }

    [Theory]
    [InlineData("Can probiotics help eczema?")]
    [InlineData("Jane Smith")]
    [InlineData("")]
    public void Assess_OrdinaryMessage_IsClear(string message)
    {
        Assert.Equal(SafetyAssessment.Clear, SafetyScreen.Assess(message));
    }
}
