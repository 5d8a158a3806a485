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
        var asksAboutTaking = AsksAboutTaking().IsMatch(text);
        var sentences = SafetyText.Sentences(text);
        var toldBeforeAQuestion = !asksAboutTaking && !TakingAsked().IsMatch(text) && !sentences.TrueForAll(Tells);
        foreach (var sentence in sentences)
        {
            if (!asksAboutTaking && ListsWhatWasTried(sentence))
            {
                continue;
            }

            foreach (Match match in Topic().Matches(sentence))
            {
                // "I had loads of antibiotics as a kid" is background; "do antibiotics upset the gut" asks for general
                // information, which the articles may give, unless it asks whether something is safe.
                if (!RedFlagContext.IsDated(sentence, match.Index) && !(RedFlagContext.IsGeneralQuestion(sentence) && !AsksSafety().IsMatch(sentence))
                    && !AsksAMedicinesCost(sentence, match.Value) && !(toldBeforeAQuestion && MedicineOnly().IsMatch(match.Value) && Tells(sentence)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "On a biologic. Does gut health matter for the joint side", "the steroid cream barely touches it. Could my gut be behind
    // this": a medicine told in a sentence that asks nothing is background to the message's question when nothing in the
    // message asks about taking, giving or combining something (a supplement named, "can I take", "how much"). Told with no
    // question at all ("I'm on HRT and my skin is dry") it is still referred. The conversation remembers it either way.
    private static bool Tells(string sentence) => !sentence.Contains('?', StringComparison.Ordinal) && !Asks().IsMatch(sentence);

    // "How much do biologics cost without insurance" asks about money: the medicine it names is referred only when the
    // sentence also asks about taking it (safe, with, instead, stopping, a dose).
    private static bool AsksAMedicinesCost(string sentence, string topic) =>
        MedicineOnly().IsMatch(topic) && Cost().IsMatch(sentence) && !AsksAboutTaking().IsMatch(sentence);

    // "Tried: coal tar shampoo, Dovobet, sunbeds" and "tried all the steroid creams going" tell what has been done; such a
    // sentence asks nothing, so the medicines in it are background unless the message asks about taking one.
    private static bool ListsWhatWasTried(string sentence) =>
        Tried().IsMatch(sentence) && !sentence.Contains('?', StringComparison.Ordinal) && !Asks().IsMatch(sentence);

    /// <summary><paramref name="message"/> normalised, without the mentions that ask nothing of a clinician ("a nursing job").</summary>
    public static string WithoutHarmless(string message) => Harmless().Replace(SafetyText.Normalise(message), " ");

    // A count of capsules, pills, drops or scoops a day is a dose, whatever is in them, and so are units, a strength in
    // milligrams, an amount a day and a dose asked for by name ("how many units", "50mg a day", "what amount per day",
    // "what dose of vitamin D"). Units of alcohol and a count of the gut's bacteria are not.
    private const string SupplementDose =
        @"how many (\w+ ){0,3}(capsules|pills|tablets|drops|scoops|sachets|gummies)|(capsules?|pills?|tablets?|drops|scoops?|sachets?) (a|per|each) (day|night|morning|week)|"
        + @"(capsules?|pills?|tablets?) (count|number)|number of (\w+ ){0,2}(capsules|pills|tablets)|(what|which) strength|"
        + @"how many (\w+ ){0,3}(units|iu)\b(?! of (alcohol|booze|drinks?|wine|beer))|how many billion cfu|amount (a|per|each) (day|week)|\d+ ?(mg|mcg|iu)|"
        + @"(what|which|right|correct|recommended|max\w*|daily|safe) (dose|dosage)|"
        // A choice between two strengths ("10 billion CFU or 50 billion", "a 10bn and a 50bn pot") is a dose however put.
        + @"\d+ ?(bn|billion)( cfu)? (or|and|vs|versus) (a |an |the )?\d+ ?(bn|billion)|"
        // So is too much of a supplement ("can you take too many probiotics").
        + @"too (much|many) (\w+ )?(probiotics?|supplements?|vitamins?|capsules|pills|tablets|drops|sachets|gummies)";

    [GeneratedRegex(@"\b(dose|doses|dosage|dosing|overdos\w*|how (much|many) (\w+ ){0,3}(should|can|do|to|per|is (it )?(safe|ok|too))|mg|milligrams?|mcg|micrograms?|how many cfu|cfu (a|per|each)|(my|his|her|their|your|our|on) (?!(probiotic|vitamin|vit|supplement|fish|oil|omega|zinc|turmeric|collagen|fibre|fiber|charcoal|spirulina|colostrum|cod)\b)(\w+ )?(capsules|pills|tablets)|drugs?|" + MedicineNames.Pattern + @"|" + SupplementDose + @"|pregnan\w*|(first|second|third) trimester|(im|i am|were|we are|she is|shes) expecting|^expecting|\d+ weeks (along|gone)|breast ?feed\w*|nursing|trying to conceive|ttc|conceiv(e|ing)|(baby|infant|toddler|follow on|hypoallergenic|hydroly[sz]ed|amino acid|soy|goats? milk|dairy free|lactose free) (milk )?formula|formula (milk|feeds?)|baby|babies|infant\w*|newborn\w*|toddler\w*|(weeks?|months?) olds?)\b", Options)]
    private static partial Regex Topic();

    // A medicine named alone: not a dose, a pregnancy or a baby, which stay referred whatever else the sentence asks.
    [GeneratedRegex(@"^(" + MedicineNames.Pattern + @"|drugs?)$", Options)]
    private static partial Regex MedicineOnly();

    [GeneratedRegex(@"\b(costs?|costing|prices?|priced|pricey|expensive|afford\w*|fortune|bleeding (me|us) dry|set (me|us|you) back|out of (my own |your own )?pocket|insurance|insured|uninsured|cheaper|cheapest|pay (for|yourself|myself|out))\b", Options)]
    private static partial Regex Cost();

    [GeneratedRegex(@"\b(safe|ok|okay|alright|interact\w*|interfer\w*|together|combine\w*|mix\w*|alongside|with (it|them|that|probiotics?|the (juice|greens))|stop\w*|side effects?|instead|rather than|switch\w*|swap\w*|come off|doses?|dosage)\b", Options)]
    private static partial Regex AsksAboutTaking();

    // Whether someone may take, have, give, use, try, start, stop or combine something, how much or how often, or a supplement
    // named beside the medicine ("probiotics", "the green juice").
    [GeneratedRegex(@"\b(can|could|may|should|shall|would|will|is it|are they|ok to|okay to|safe to)\b(\W+\w+){0,6}?\W+(take|taking|have|having|give|giving|gie|use|using|try|trying|start|starting|stop|stopping|come off|combine|mix|add|put|eat|drink)\b|\bhow (much|many|often)\b|"
        + @"\b((pro|pre|syn|post)biotics?|supplements?|vitamins?|vit [a-z]\d*|drops|powders?|capsules?|tablets?|pills?|gummies|sachets?|fish oil|cod liver|omega|zinc|collagen|greens|green juice|juice|kefir|kombucha|turmeric|herbal|herbs?)\b", Options)]
    private static partial Regex TakingAsked();

    [GeneratedRegex(@"\b(tried|tryed|have been through|went through|used to (take|use|be on))\b", Options)]
    private static partial Regex Tried();

    [GeneratedRegex(@"\b(can|could|should|may|would|will|shall|is it|are they|does|do|how|what|which|why|when|whether|wondering|any (advice|ideas|tips))\b", Options)]
    private static partial Regex Asks();

    // Choosing a medicine ("which antihistamine for the itch") or between a medicine and something else ("is dupixent
    // better than probiotics") is medication advice too, and "is it 1 capsule a day or 2" asks for a dose however
    // generally it is put.
    [GeneratedRegex(@"\b(which|best) (\w+ )?(" + MedicineNames.Pattern + @")\b|\b(safe|ok|okay|alright|interact\w*|interfere\w*|together|combine\w*|mix\w*|stop\w*|side effects?|too (much|many)|how (much|many|often|long)|better|worse|instead|rather than|replace\w*|switch\w*|swap\w*|come off|" + SupplementDose + @")\b", Options)]
    private static partial Regex AsksSafety();
}
