using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Whether a message asks about a dose, a medicine, pregnancy or breastfeeding, or what to give a baby: a question only a
/// clinician who knows the visitor may answer. The words must be about the visitor's own situation: a nursing job, free
/// prescriptions, "alternative medicine", feeling "pregnant" after a meal or a course of antibiotics years ago are not.
/// </summary>
internal static partial class ClinicianScreen
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>True when <paramref name="message"/> should be referred to a clinician.</summary>
    public static bool Refers(string message)
    {
        var text = WithoutHarmless(message);
        foreach (var sentence in SafetyText.Sentences(text))
        {
            foreach (Match match in Topic().Matches(sentence))
            {
                // "I had loads of antibiotics as a kid" is background; "do antibiotics upset the gut" asks for general
                // information, which the articles may give, unless it asks whether something is safe.
                if (!RedFlagContext.IsDated(sentence, match.Index) && !(RedFlagContext.IsGeneralQuestion(sentence) && !AsksSafety().IsMatch(sentence)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><paramref name="message"/> normalised, without the mentions that ask nothing of a clinician ("a nursing job").</summary>
    public static string WithoutHarmless(string message) => Harmless().Replace(SafetyText.Normalise(message), " ");

    // A count of capsules, pills, drops or scoops a day is a dose, whatever is in them.
    private const string SupplementDose =
        @"how many (\w+ ){0,3}(capsules|pills|tablets|drops|scoops|sachets|gummies)|(capsules?|pills?|tablets?|drops|scoops?|sachets?) (a|per|each) (day|night|morning|week)|"
        + @"(capsules?|pills?|tablets?) (count|number)|number of (\w+ ){0,2}(capsules|pills|tablets)|(what|which) strength";

    [GeneratedRegex(@"\b(dose|doses|dosage|dosing|overdos\w*|how (much|many) (\w+ ){0,3}(should|can|do|to|per|is (it )?(safe|ok|too))|mg|milligrams?|mcg|micrograms?|how many cfu|cfu (a|per|each)|(my|his|her|their|your|our|on) (?!(probiotic|vitamin|vit|supplement|fish|oil|omega|zinc|turmeric|collagen|fibre|fiber|charcoal|spirulina|colostrum|cod)\b)(\w+ )?(capsules|pills|tablets)|drugs?|" + MedicineNames.Pattern + @"|" + SupplementDose + @"|pregnan\w*|(im|i am|were|we are|she is|shes) expecting|^expecting|\d+ weeks (along|gone)|breast ?feed\w*|nursing|trying to conceive|ttc|baby|babies|infant\w*|newborn\w*|toddler\w*|months? old)\b", Options)]
    private static partial Regex Topic();

    // Choosing between a medicine and something else ("is dupixent better than probiotics") is medication advice too, and
    // "is it 1 capsule a day or 2" asks for a dose however generally it is put.
    [GeneratedRegex(@"\b(safe|ok|okay|alright|interact\w*|interfere\w*|together|combine\w*|mix\w*|stop\w*|side effects?|too (much|many)|how (much|many|often|long)|better|worse|instead|rather than|replace\w*|switch\w*|swap\w*|come off|" + SupplementDose + @")\b", Options)]
    private static partial Regex AsksSafety();

    // Mentions of the topic words that ask nothing about a dose, a medicine, a pregnancy or a baby: also background told
    // about the visitor ("since I was a baby", "holding my baby", "not pregnant, not on any meds", "studying nursing"), babies
    // in general ("caesarean babies"), a recovery time, how many years or ways, and who pays for a medicine.
    [GeneratedRegex(@"\b(nursing (job|jobs|home|homes|course|degree|school|student|career|staff|shifts?|assistant)|(free|cheap|cheaper|cost of|price of|pay for|paying for) prescriptions?|prescriptions? (charges?|costs?|fees?|prepayment)|(alternative|functional|conventional|western|eastern|chinese|integrative|holistic|natural|modern|evidence based) medicine( (guy|doctor|practitioner|people))?|(look|looks|looking|feel|feels) (\w+ )?pregnant|since (i|we) had (my|our|the) baby|(after|before) (having|i had|we had) (my|our|a|the) baby|baby (soft|smooth|wipes|oil|shampoo|steps?|weight|bump)|food baby|(tablet|pill|capsule|powder|liquid|gummy|gummies) form|(in|as) (a )?(pill|tablet|capsule)s?\b|how (much|many) (\w+ ){0,3}(water|fibre|fiber|sleep|exercise|times|days|weeks|hours|minutes|protein|sugar|fruit|veg\w*|steps|money|calories|servings?|portions?|glasses|cups|litres|liters|kefir|yogurt|yoghurt|sauerkraut|kimchi|greens|juice|years|months|ways|people|studies|types|kinds|know|known)|how (much|many) (\w+ ){0,3}(cost|costs|is it|are they)|drug ?stores?|(biologics?|steroids?|medicines?|medications?|drugs?|prescriptions?) (cost|costs|prices?|insurance)|(not|never|no longer) (\w+ ){0,2}(pregnant|nursing|breast ?feeding|on (any )?(meds|medications?|medicines?|drugs|prescri\w*))|(no|not taking any) (meds|medications?|medicines?)|not asking (about|for) (the|my|a|his|her) (baby|newborn|toddler|kid|child|meds|medicines?)|not asking (about |for )?(a |the )?(dose|dosage|doses|dosing)|(ever )?since (i|he|she|they|we|you|(my|our|his|her) \w+) (was|were) (a |an )?(little |tiny |small |young )?(baby|babies|infants?|newborns?|toddlers?)|(since|from) birth|as (babies|infants|toddlers|newborns)|(c ?section|caesarean|cesarean|formula fed|breast ?fed) babies|(hold|holding|carry|carrying|with) (my|the|a) (\w+ )?baby( on me)?|(from|with) (a|the|my|our) (new )?(baby|newborn)|(studying|study|studied|qualified in|working in|work in) nursing|take (\w+ ){0,4}to (the |a |see a )?(doctor|gp|dermatologist|derm|hospital|clinic)|how long (does|do|will|until|till|before|for) (\w+ ){0,6}(recover\w*|rebuild\w*|heal\w*|settle|come back|back to normal)(( \w+){0,3} after( \w+){0,4} (antibiotics?|steroids?|meds|medications?|medicines?|chemo\w*|treatment))?|(pay|paying|cover|covers) for (\w+ ){0,3}(jabs|injections?|biologics?|meds|medications?|supplements?)|set (me|us|you) back)\b", Options)]
    private static partial Regex Harmless();
}
