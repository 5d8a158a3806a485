using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Decides, before retrieval, whether a message is a red flag or a question only a clinician may answer.
/// The rules live in code, not in the knowledge folder, so that no content edit can switch them off.
/// </summary>
public static partial class SafetyScreen
{
    /// <summary>The assessment of one message. Red flags win over everything else, the clinician referral included.</summary>
    public static SafetyAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (PhraseScreen.Category(message) is { } category)
        {
            return SafetyAssessment.Urgent(category, SafetyLayer.Phrase);
        }

        if (SemanticScreen.Category(message) is { } similar)
        {
            return SafetyAssessment.Urgent(similar, SafetyLayer.Semantic);
        }

        return ClinicianTopic().IsMatch(SafetyText.Normalise(message)) ? SafetyAssessment.ClinicianReferral : SafetyAssessment.Clear;
    }

    [GeneratedRegex(@"\b(dose|doses|dosage|dosing|how (much|many) (\w+ ){0,3}(should|can|do|to|per)|mg|milligrams?|mcg|micrograms?|cfu|capsules?|pills?|tablets?|prescri\w*|medicat\w*|medicine\w*|drugs?|steroids?|corticosteroids?|cortisone|hydrocortisone|prednisone|prednisolone|topical steroid|biologics?|methotrexate|cyclosporine|ciclosporin|dupixent|dupilumab|humira|adalimumab|stelara|cosentyx|otezla|tacrolimus|protopic|elidel|antibiotics?|antihistamines?|pregnan\w*|breast ?feed\w*|nursing|trying to conceive|ttc|baby|babies|infant\w*|newborn\w*|toddler\w*|months? old)\b")]
    private static partial Regex ClinicianTopic();
}
