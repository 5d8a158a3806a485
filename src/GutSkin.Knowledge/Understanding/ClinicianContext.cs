using System.Text.RegularExpressions;
using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// The clinician referral across a conversation. <see cref="ClinicianScreen"/> reads one message, but "can he have the
/// green juice with it?" is a medicine question after "my husband is on methotrexate", and "how many drops would she
/// need" a child's dose after "his baby sister is 11 months". So the topic remembers the matters a turn raised (answered,
/// declined or referred), and a later turn that asks whether someone may take, have, give or combine something, or how
/// much, is referred while any is remembered. Questions that ask for information ("does it help", "which foods") are
/// still answered.
/// </summary>
internal static partial class ClinicianContext
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const ClinicianMatter Children = ClinicianMatter.Child | ClinicianMatter.YoungChild;

    private static readonly (ClinicianMatter Matter, Regex Words)[] MatterWords =
    [
        (ClinicianMatter.Medicine, Medicine()),
        (ClinicianMatter.Pregnancy, Pregnancy()),
        (ClinicianMatter.Breastfeeding, Breastfeeding()),
        (ClinicianMatter.Child, Child()),
    ];

    /// <summary>The matters <paramref name="message"/> raises about someone now: not "antibiotics as a kid".</summary>
    public static ClinicianMatter Raised(string message)
    {
        var raised = ClinicianMatter.None;
        foreach (var sentence in SafetyText.Sentences(ClinicianScreen.WithoutHarmless(message)))
        {
            foreach (var (matter, words) in MatterWords)
            {
                if (words.Matches(sentence).Any(m => !RedFlagContext.IsDated(sentence, m.Index)))
                {
                    raised |= matter;
                }
            }

            if (YoungChild().Matches(sentence).Any(m => !RedFlagContext.IsDated(sentence, m.Index)))
            {
                raised |= ClinicianMatter.Child | ClinicianMatter.YoungChild;
            }
        }

        return raised;
    }

    /// <summary>
    /// True when <paramref name="message"/> is a clinician question in the conversation <paramref name="topic"/>. A child
    /// raised earlier makes what the child is given a clinician matter, not what the visitor takes ("can I use kimchi
    /// instead" after "I've had eczema since I was a baby"). A matter the turn raises itself counts once the conversation
    /// has a question to take the thing asked about from; before that, only a child the turn names and a supplement or a dose
    /// it asks to give them.
    /// </summary>
    public static bool Refers(string message, ConversationTopic? topic)
    {
        // "and my 2 year old can also have?" after "curd is good for this?": a turn that raises the matter itself leans on
        // the last question for what would be taken, which the one-message screen cannot see.
        var remembered = topic?.Matters ?? ClinicianMatter.None;
        if (topic?.Question is not null)
        {
            return AsksToTakeHere(SafetyText.Normalise(message), remembered | Raised(message));
        }

        // "can i give my 2 year old the adult probiotic powder": with no question to lean on, a child the turn names is
        // referred when the turn names a supplement or a dose to give, which the one-message screen (babies only) cannot
        // tell from "should my son have allergy tests, he's 10". Background ("not asking dose") is read out first.
        return AsksToTakeHere(SafetyText.Normalise(message), remembered)
            || ((Raised(message) & ClinicianMatter.Child) != ClinicianMatter.None && GivenToAChild(message));
    }

    /// <summary>
    /// The topic after a turn: <paramref name="after"/> (or, when the turn did not change it, <paramref name="before"/>)
    /// with the matters remembered so far and those <paramref name="message"/> raised; null when nothing changed.
    /// </summary>
    public static ConversationTopic? After(ConversationTopic? after, ConversationTopic? before, string message)
    {
        var matters = (before?.Matters ?? ClinicianMatter.None) | Raised(message);
        if (after is null && (matters == ClinicianMatter.None || matters == before?.Matters))
        {
            return null;
        }

        return (after ?? before ?? new ConversationTopic(null, null, null)) with { Matters = matters };
    }

    // Whether normalised text asks to take or give something given the matters the conversation raised. "What kind of food
    // should she be having" after "my daughter is 12" does not: which foods suit a child past the toddler years is diet
    // advice the articles give, as in one message. "Can he have kefir" asks leave for one thing and is referred, and so is
    // any of it for a baby or a toddler, or beside a medicine, a pregnancy or breastfeeding.
    private static bool AsksToTakeHere(string text, ClinicianMatter matters) =>
        AsksToTake(text, matters) && !(matters == ClinicianMatter.Child && WhichFood().IsMatch(text) && !Supplement().IsMatch(text));

    // A baby's or a toddler's food is a clinician matter too ("ok to put kefir in his beaker", "how much yoghurt should my
    // 3 year old have a day"); an older child's food is for the articles ("what should she be eating, she's 12"), and
    // "can my 3 year old have it too?" names nothing to give when there is no question before it.
    // The food is read before the harmless phrases are taken out: "how much yoghurt" is no dose, but it is food.
    private static bool GivenToAChild(string message)
    {
        var text = ClinicianScreen.WithoutHarmless(message);
        return (Supplement().IsMatch(text) || (YoungChild().IsMatch(text) && Food().IsMatch(SafetyText.Normalise(message))))
            && AsksToTake(text, ClinicianMatter.Child);
    }

    // Whether normalised text asks to take or give something while a matter is known. A child makes what the child is given
    // a clinician matter, not what the visitor takes ("can I use kimchi instead" after "I've had eczema since I was a baby").
    private static bool AsksToTake(string text, ClinicianMatter matters) =>
        matters != ClinicianMatter.None
        && AsksToTakeOrGive().IsMatch(NotAnIntake().Replace(text, " "))
        && ((matters & ~Children) != ClinicianMatter.None || !AsksForOneself().IsMatch(text) || ForSomeoneElse().IsMatch(text));

    [GeneratedRegex(@"\b(" + MedicineNames.Pattern + @")\b", Options)]
    private static partial Regex Medicine();

    [GeneratedRegex(@"\b(pregnan\w*|(first|second|third) trimester|trying (to conceive|for a baby)|conceiv(e|ing)|ttc|(im|were|she is|shes) expecting|\d+ weeks (along|gone))\b", Options)]
    private static partial Regex Pregnancy();

    [GeneratedRegex(@"\b(breast ?f(eed|ed)\w*|breast ?milk|(im|she is|shes|still|currently) (nursing|bf|ebf))\b", Options)]
    private static partial Regex Breastfeeding();

    // An age is a child's up to 15, said as an age ("7 year old", "she's 9", "aged 5", "11 months old"): "for 12 yrs" and
    // "for 6 months" are how long, not how old.
    [GeneratedRegex(@"\b(baby|babies|infants?|newborns?|toddlers?|little one|(my|our|her|his) (son|sons|daughters?|kids?|child|children|boy|girl|lad|grandson|granddaughter|grandchild\w*)|([1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?-?(years?|yrs?|yr|months?|mths?|weeks?) ?-?olds?|([1-9]|1[0-5]) ?(yo|y o)|(hes|shes|he is|she is|they are|theyre|aged|age|is only|are only) ([1-9]|1[0-5]|\d+ (months?|mths?|weeks?))\b)", Options)]
    private static partial Regex Child();

    // A baby or a toddler: up to four years old, or an age in months or weeks ("my lad is 18 months", "my son (15 months)");
    // "eczema for 6 months" is how long.
    [GeneratedRegex(@"\b(baby|babies|infants?|newborns?|toddlers?|\d+ ?-?(months?|mths?|weeks?) ?-?olds?|(is|hes|shes|aged|son|daughter|lad|boy|girl) \d+ (months?|mths?|weeks?)|([1-4]|one|two|three|four) ?-?(years?|yrs?|yr) ?-?olds?|[1-4] ?(yo|y o)|(hes|shes|he is|she is|aged|is only) [1-4])\b", Options)]
    private static partial Regex YoungChild();

    // A food or a drink, or how it is given ("spoons", "his beaker").
    [GeneratedRegex(@"\b(foods?|milk|formula|yogh?urts?|yogert|yogur|kefir|curd|cheese|dairy|juice|smoothies?|porridge|oats|cereal|fruit|veg\w*|eggs?|nuts?|peanut\w*|fish|meat|bread|gluten|wheat|sugar|sweets|snacks?|sauerkraut|kimchi|fermented|broth|honey|spoons?|spoonfuls?|beaker|bottle|purees?|solids)\b", Options)]
    private static partial Regex Food();

    [GeneratedRegex(@"\b(what|which)\b(\W+\w+){0,4}?\W+(foods?|diet|meals?|snacks?|eat|eating)\b", Options)]
    private static partial Regex WhichFood();

    // Whether someone may take, have, give or combine something, or how much or how often. "could that have anything to do
    // with it", "how long do they take to work" and "can kids have eczema" ask for information, not leave to take something.
    [GeneratedRegex(@"\b(can|could|may|should|shall|(ok|okay|alright|fine|safe|allowed|good idea) to|is it (ok|okay|alright|fine|safe|wise|a good idea) (for (\w+ ){1,2})?to)\b(\W+\w+){0,6}?\W+(take|taking|tak|have|having|hae|give|giving|gie|use|using|try|trying|start|starting|stop|stopping|come off|coming off|combine|mix|put|add|eat|drink|serve|feed)\b|\bhow (much|many|often|long)\b(\W+\w+){0,6}?\W+(take|taking|have|give|use|need|needs|eat|drink|put|add|(a|per|each) (day|week|night|morning))\b|\bhow (much|many)( \w+){0,2}\W*$|\b(what|which|right|safe|max\w*) (dose|dosage|amount|strength)\b|\b(doses?|dosage|interact\w*|interfer\w*|clash\w*)\b|\b(safe|ok|okay|alright|fine|harmful|dangerous) (for (him|her|them|me|us|the baby|my \w+)|with|alongside|while|during|together)\b", Options)]
    private static partial Regex AsksToTakeOrGive();

    [GeneratedRegex(@"\b((can|could|may|should|shall|would|do) (i|we)|(for|to) me|myself|ourselves)\b", Options)]
    private static partial Regex AsksForOneself();

    [GeneratedRegex(@"\b(give|giving|gie|put|putting|feed|feeding|serve|serving|add|adding|him|her|them|his|their|(my|our|the) (son|daughter|baby|kid|kids|child|children|boy|girl|lad|little one|toddler))\b", Options)]
    private static partial Regex ForSomeoneElse();

    [GeneratedRegex(@"\b(take|takes|taking) (to work|effect|long|a while|ages|time|(\d+|a few|several|many|some) (days|weeks|months))\b|\b(have|has|having) (anything|something|nothing|any (effect|impact|link|role)|an? (effect|impact|link|connection|role|bearing)|to do|eczema|psoriasis|acne|rosacea|dermatitis|flares?|allergies)\b|\b(take|have|give) (a|another) look\b|"
        + @"\b(take|taking) (\w+ ){0,3}to (the |a |see a )?(doctor|gp|dermatologist|derm|hospital|clinic)\b|\b(have|has) (been|got|had)\b|"
        + @"\b(give|tell) (\w+ )?(a |an |the )?(quick |short |simple )?(summary|overview|rundown|idea|explanation|answer)\b|\bhave (\w+ ){0,3}tests?\b|\bhow many people\b", Options)]
    private static partial Regex NotAnIntake();

    // What is given to a child by mouth as a supplement, or a dose: "probiotic drops", "the green juice", "50mg".
    [GeneratedRegex(@"\b(\w*biotics?|supplements?|\w*vitamins?|vit [a-z]\d*|drops|powders?|capsules?|tablets?|pills?|gummies|sachets?|fish oil|cod liver|omega|zinc|collagen|colostrum|spirulina|greens|green juice|doses?|dosage|dosing|\d+ ?(mg|mcg|iu))\b", Options)]
    private static partial Regex Supplement();
}
