namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Decides, before retrieval, whether a message is a red flag or a question only a clinician may answer.
/// The rules live in code, not in the knowledge folder, so that no content edit can switch them off.
/// </summary>
public static class SafetyScreen
{
    /// <summary>The assessment of one message. Red flags win over everything else, the clinician referral included.</summary>
    public static SafetyAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (PhraseScreen.Rule(message) is { } rule)
        {
            // A sign several emergencies share (blue lips) is urgent by its rule; which emergency, the semantic layer tells
            // better when it finds one.
            var category = rule.SharedSign && SemanticScreen.Category(message) is { } likely ? likely : rule.Category;
            return SafetyAssessment.Urgent(category, SafetyLayer.Phrase);
        }

        if (SemanticScreen.Category(message) is { } similar)
        {
            return SafetyAssessment.Urgent(similar, SafetyLayer.Semantic);
        }

        return ClinicianScreen.Refers(message) ? SafetyAssessment.ClinicianReferral : SafetyAssessment.Clear;
    }
}
