using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Decides, before retrieval, whether a message is a red flag or a question only a clinician may answer.
/// The rules live in code, not in the knowledge folder, so that no content edit can switch them off.
/// </summary>
public static partial class SafetyScreen
{
    /// <summary>The verdict for one message. Red flags win over everything else.</summary>
    public static SafetyVerdict Assess(string message)
    {
        var text = Normalise(message);
        if (IsUrgent(text))
        {
            return SafetyVerdict.Urgent;
        }

        return ClinicianTopic().IsMatch(text) ? SafetyVerdict.ClinicianReferral : SafetyVerdict.Clear;
    }

    private static bool IsUrgent(string text) =>
        Breathing().IsMatch(text)
        || Swelling().IsMatch(text)
        || (Fever().IsMatch(text) && SpreadingRash().IsMatch(text))
        || Infection().IsMatch(text)
        || SelfHarm().IsMatch(text);

    private static string Normalise(string message) =>
        Apostrophes().Replace(message.ToLowerInvariant(), "'").Replace("'", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"[\u2018\u2019\u02bc`]")]
    private static partial Regex Apostrophes();

    [GeneratedRegex(@"\b(cant|cannot|can not|couldnt|trouble|difficulty|hard|struggling to|struggle to|unable to|not able to|hurts to|problems?)\s+(\w+\s+){0,2}breath(e|ing)?\b|\bshort(ness)? of breath\b|\bbreathless|\bwheez|\bgasping\b|\bchoking\b|\bcan'?t get (any )?air\b|\bbreathing (is )?(hard|difficult|trouble|problems?)")]
    private static partial Regex Breathing();

    [GeneratedRegex(@"\b(swell\w*|swollen|puff(y|ing|ed) up)\b.{0,40}\b(lips?|face|throat|tongue|mouth|eyes?lids?|eyes)\b|\b(lips?|face|throat|tongue|mouth)\b.{0,40}\b(swell\w*|swollen|puff(y|ing|ed)( up)?|closing( up)?|tight)\b|\banaphyla\w*|\bthroat (is )?closing")]
    private static partial Regex Swelling();

    [GeneratedRegex(@"\b(fever|feverish|high temperature|temperature of|temp of|burning up)\b")]
    private static partial Regex Fever();

    [GeneratedRegex(@"\b(spread\w*|blister\w*|all over|everywhere|getting (bigger|worse)|peeling|purple|rash)\b")]
    private static partial Regex SpreadingRash();

    [GeneratedRegex(@"\b(pus|puss|oozing|weeping yellow|infected|infection|abscess|cellulitis|red streaks?)\b|\bhot\b.{0,30}\b(swollen|swell\w*)\b|\b(swollen|swell\w*)\b.{0,30}\bhot\b|\bhot to the touch\b")]
    private static partial Regex Infection();

    [GeneratedRegex(@"\b(suicid\w*|kill(ing)? myself|end(ing)? (it all|my life)|take my (own )?life|self[- ]?harm\w*|hurt(ing)? myself|cut(ting)? myself|want(ed)? to die|wish i (was|were) dead|better off dead|no reason to live|dont want to (live|be alive|be here))\b")]
    private static partial Regex SelfHarm();

    [GeneratedRegex(@"\b(dose|doses|dosage|dosing|how (much|many) (\w+ ){0,3}(should|can|do|to|per)|mg|milligrams?|mcg|micrograms?|cfu|capsules?|pills?|tablets?|prescri\w*|medicat\w*|medicine\w*|drugs?|steroids?|corticosteroids?|cortisone|hydrocortisone|prednisone|prednisolone|topical steroid|biologics?|methotrexate|cyclosporine|ciclosporin|dupixent|dupilumab|humira|adalimumab|stelara|cosentyx|otezla|tacrolimus|protopic|elidel|antibiotics?|antihistamines?|pregnan\w*|breast ?feed\w*|nursing|trying to conceive|ttc|baby|babies|infant\w*|newborn\w*|toddler\w*|months? old)\b")]
    private static partial Regex ClinicianTopic();
}
