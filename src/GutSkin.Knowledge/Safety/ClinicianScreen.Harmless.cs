using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The mentions of the topic words that ask nothing about a dose, a medicine, a pregnancy or a baby, one family a
/// pattern. They are taken out before the topic words are read, so they only ever remove a referral: a dose, a medicine
/// or a baby asked about beside them is still referred. Families that can start on the same word ("pay for
/// prescriptions" and "pay for the jabs", "from birth" and "from the new baby") keep their order, which decides the match.
/// </summary>
internal static partial class ClinicianScreen
{
    // "Nursing" as work or study ("a nursing job", "studying nursing") is not breastfeeding.
    private const string NursingWork =
        @"nursing (job|jobs|home|homes|course|degree|school|student|career|staff|shifts?|assistant)|"
        + @"(studying|study|studied|qualified in|working in|work in) nursing";

    // A school of medicine ("alternative medicine", "a functional medicine doctor") names no medicine anyone takes.
    private const string SchoolOfMedicine =
        @"(alternative|functional|conventional|western|eastern|chinese|integrative|holistic|natural|modern|evidence based|mainstream|traditional|orthodox) medicine( (guy|doctor|practitioner|people))?|"
        // Nor does medicine as a field or a likeness ("recognised by medicine", "yoghurt is basically medicine for my gut").
        + @"(by|in) medicine|(is|as|like) (basically |just |a |the best )?medicine (for|to)";

    // Bloating told as a pregnancy ("I look pregnant", "a food baby") and "baby" as a likeness ("baby soft", "baby steps").
    private const string FigureOfSpeech =
        @"(look|looks|looking|feel|feels) (\w+ )?pregnant|baby (soft|smooth|wipes|oil|shampoo|steps?|weight|bump)|food baby|"
        // Melasma's everyday name ("pregnancy mask patches") names a skin condition, not a pregnancy.
        + @"(pregnancy|pregnant) mask|mask of pregnancy";

    // A pregnancy that has ended ("after the pregnancy finished", "since my pregnancy") dates what followed.
    private const string PregnancyOver = @"(after|since) (the |my |her )?pregnancy( (finished|ended|was over))?|pregnancy (finished|ended|was over)";

    // Topical steroid withdrawal is a condition the visitor asks about by name; stopping a steroid stays referred.
    private const string ConditionNamedForAMedicine = @"(topical )?(cortico)?steroid withdrawal( syndrome)?";

    // A course of a medicine that is over ("after antibiotics for a chest infection", "2 courses of antibiotics this year",
    // "finished a 10 day antibiotic course", "I was on amoxicillin for two weeks") is history: what it did to the gut is
    // a question for the articles. A course taken now ("I'm on antibiotics, can I take probiotics") is still referred.
    private const string PastCourse =
        @"(after|following|finished|completed) (a |an |the |my |his |her |\d+ |two |three |several |a few |few )?(\w+ )?((course|courses|round|rounds) of )?(\w+ )?"
        + @"(antibiotics?|penicillin|amoxicillin|doxycycline|steroids?|prednisolone)( (course|courses))?|"
        + @"(\d+|two|three|four|several|a few|few|many|multiple|lots of|loads of|repeated) (\w+ )?(courses|rounds) of (\w+ )?(antibiotics?|penicillin|amoxicillin|steroids?)|"
        + @"(course|courses) of (antibiotics?|penicillin|amoxicillin|doxycycline|steroids?) then|"
        + @"(i|he|she|we|they) (was|were) on (\w+ )?(antibiotics?|penicillin|amoxicillin|doxycycline|steroids?) for (\w+ ){0,2}(days?|weeks?|months?)";

    // The form a probiotic comes in ("tablet form", "in a capsule") is a choice of product, not a dose.
    private const string ProductForm = @"(tablet|pill|capsule|powder|liquid|gummy|gummies) form|(in|as) (a )?(pill|tablet|capsule)s?\b";

    // How much of a food, of time or of anything that is not a medicine ("how much water", "how many years") is no dose.
    private const string AmountNotADose =
        @"how (much|many) (\w+ ){0,3}(water|fibre|fiber|sleep|exercise|times|days|weeks|hours|minutes|protein|sugar|fruit|veg\w*|steps|money|calories|servings?|portions?|glasses|cups|litres|liters|kefir|yogurt|yoghurt|sauerkraut|kimchi|greens|juice|years|months|ways|people|studies|types|kinds|know|known)";

    // What a medicine costs or who pays for it ("free prescriptions", "will insurance cover the jabs", "set me back") asks
    // for no medical advice. After the amounts, so that "how much money" stays the shorter match it always was.
    private const string MedicineCost =
        @"(free|cheap|cheaper|cost of|price of|pay for|paying for) prescriptions?|prescriptions? (charges?|costs?|fees?|prepayment)|"
        + @"how (much|many) (\w+ ){0,3}(cost|costs|is it|are they)|drug ?stores?|(biologics?|steroids?|medicines?|medications?|drugs?|prescriptions?) (cost|costs|prices?|insurance)|"
        + @"(pay|paying|cover|covers) for (\w+ ){0,3}(jabs|injections?|biologics?|meds|medications?|supplements?)|set (me|us|you) back";

    // A denial ("not pregnant, not on any meds", "not asking about the baby") is background that rules the matter out.
    private const string Denial =
        @"(not|never|no longer) (\w+ ){0,2}(pregnant|nursing|breast ?feeding|on (any )?(meds|medications?|medicines?|drugs|prescri\w*))|(no|not taking any) (meds|medications?|medicines?)|"
        + @"not asking (about|for) (the|my|a|his|her) (baby|newborn|toddler|kid|child|meds|medicines?)|not asking (about |for )?(a |the )?(dose|dosage|doses|dosing)";

    // A birth that dates what followed ("since I had my baby", "after having the baby") is when, not who is given something.
    private const string AfterABirth = @"since (i|we) had (my|our|the) baby|(after|before) (having|i had|we had) (my|our|a|the) baby";

    // A lifelong condition told by the age it began ("since I was a baby", "from birth", "as babies") is history.
    private const string LifelongAge =
        @"(ever )?since (i|he|she|they|we|you|(my|our|his|her) \w+) (was|were) (a |an )?(little |tiny |small |young )?(baby|babies|infants?|newborns?|toddlers?)|(since|from) birth|as (babies|infants|toddlers|newborns)";

    // Babies as a group in research ("caesarean babies") are a topic the articles may cover, not a baby to dose.
    private const string BabiesInGeneral = @"(c ?section|caesarean|cesarean|formula fed|breast ?fed) babies";

    // Holding or tiring from a baby ("typing while holding my baby", "worn out from the new baby") is the visitor's day.
    private const string HoldingABaby = @"(hold|holding|holdin|carry|carrying|carryin|with) (my|the|a) (\w+ )?baby( on me)?|(from|with) (a|the|my|our) (new )?(baby|newborn)";

    // Whether to take someone to a doctor ("should I take my toddler to the GP") asks about no dose, medicine or feed.
    private const string TakenToADoctor = @"take (\w+ ){0,4}to (the |a |see a )?(doctor|gp|dermatologist|derm|hospital|clinic)";

    // How long the gut takes to recover, also after a course of antibiotics, is what the articles explain.
    private const string RecoveryTime =
        @"how long (does|do|will|until|till|before|for) (\w+ ){0,6}(recover\w*|rebuild\w*|heal\w*|settle|come back|back to normal)"
        + @"(( \w+){0,3} after( \w+){0,4} (antibiotics?|steroids?|meds|medications?|medicines?|chemo\w*|treatment))?";

    [GeneratedRegex(@"\b(" + NursingWork + "|" + SchoolOfMedicine + "|" + FigureOfSpeech + "|" + ProductForm + "|" + AmountNotADose + "|"
        + MedicineCost + "|" + Denial + "|" + AfterABirth + "|" + PregnancyOver + "|" + LifelongAge + "|" + BabiesInGeneral + "|" + HoldingABaby + "|"
        + TakenToADoctor + "|" + RecoveryTime + "|" + ConditionNamedForAMedicine + "|" + PastCourse + @")\b", Options)]
    private static partial Regex Harmless();
}
