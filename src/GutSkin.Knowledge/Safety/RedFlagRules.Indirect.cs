using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// Red flags told indirectly, in the writer's own words rather than the guidance's (round 17): a baby's kicks that have
// changed late in pregnancy, falls to the floor out of the blue, someone suddenly not knowing where or when they are, a
// face that sags or words that come out as gibberish, a weight on the breastbone, vomit that is red or looks like tea
// leaves, a week's pills taken at once or a child with a cleaning product round the mouth, burnt skin gone white, grey
// or leathery, a head knock followed by forgetting or nodding off, a fit told by a bitten tongue. Each is a family of
// the categories in Safety/README.md, not a message's wording.
internal static partial class RedFlagRules
{
    // Weeks of pregnancy from 24 on (when reduced movements are urgent): "30 weeks", "33wks", "30+2".
    private const string LatePregnancy = @"\b(2[4-9]|3\d|4[0-2])( ?(weeks?|wks?|w)\b|\+\d\b)|\bthird trimester\b";

    private const string FewerKicks = @"(not|havent|hasnt|didnt|dont|cant|no|wont) (felt |had |feel |noticed |been )?(one|a|any|a single|one single) (single )?(kick|movement|roll|wriggle|flutter)s?|(kicks?|movements?|kicking|wriggl\w*) (\w+ ){0,4}(weaker|slower|less often|less and less|fewer|changed|quieter|stopped|slowed)|(barely|hardly|only) (\w+ ){0,1}(moved|moving|kicked|kicking|felt (her|him|it|the baby|anything)|feel (her|him|it|the baby|anything)|anything)|(today|tonight) nothing( at all)?|nothing at all (today|tonight)|not one kick|still nothing";

    /// <summary>The baby moving less, differently or not at all from 24 weeks, in either order.</summary>
    [GeneratedRegex(@"(" + LatePregnancy + @").{0,200}?\b(?<flag>" + FewerKicks + @")\b|\b(" + FewerKicks + @")\b.{0,150}?(?<flag>" + LatePregnancy + @")|\b(pregnan\w*|\d\d ?(weeks?|wks?)|\d\d\+\d|trimester)\b.{0,200}?\b(?<flag>(flashing|zig ?zag\w*) (lights|lines|zig ?zags)|zig ?zags|rings? (wont|dont|doesnt|will not) (come off|fit)|(constant|persistent|terrible|dreadful) (\w+ ){0,2}(pain|ache) in (my|her|the) (tummy|belly|stomach|bump|abdomen)|(pain|ache) (in (my|her|the) (tummy|belly|stomach|bump) )?(is )?(constant|unbearable) and (really |very )?(bad|severe))", Options)]
    private static partial Regex ReducedMovements();

    /// <summary>Going down out of the blue, or again and again since this morning.</summary>
    [GeneratedRegex(@"\b(dropped|fell|went down|keeled over|collapsed|blacked out|passed out|fainted|hit the (floor|deck|ground))\b (\w+ ){0,5}(without (any )?warning|with no warning|out of (nowhere|the blue)|like a sack)\b|\b(dropped|went down|collapsed|blacked out|passed out|fainted|blackouts?|keel\w* over)\b (\w+ ){0,6}(twice|three times|four times|\d+ times) (\w+ ){0,3}(today|tonight|this (morning|afternoon|evening|week)|since|in the (last|past)|in (\w+ )?(hours?|days?)|before \d+)\b|\b(total |complete )?blackouts? (\w+ ){0,3}(out of (nowhere|the blue)|without (any )?warning)\b", Options)]
    private static partial Regex CollapseOutOfTheBlue();

    /// <summary>Sudden confusion told by what the person does: people who aren't there, the wrong year, not their usual self.</summary>
    [GeneratedRegex(@"\b(seeing|talking to|talking about|waving at) (\w+ ){0,2}(people|things|animals|someone|children) (who|that) (arent|are not|isnt|werent) (there|real)\b|\b(doesnt|didnt|does not|did not) (know|realise|realize) (she is|he is|shes|hes|they are|theyre) (\w+ ){0,2}(at home|in (a|the|her|his|their) (\w+ )?(home|house|flat))\b|\bthought it was (19|20)\d\d\b|\b(not|isnt|wasnt) (her|his|their) (usual|normal) self\b|\b(since|from) this morning (\w+ ){0,2}not (himself|herself)\b|\b(couldnt|cant|didnt|doesnt) (tell (me|us) |remember |know |say )(his|her|their) own (birthday|name|age|date of birth)\b|\b(didnt|doesnt|did not|does not) (know|recogni[sz]e) my name\b|\btalking (rubbish|gibberish|nonsense)\b|\bcompletely (muddled|confused)\b|\b(isnt|wasnt|stopped) making (any )?sense\b|\bstopped (responding|answering|reacting)\b(?! to (the |my |his |her )?(cream|treatment|steroids?|meds|medication|antibiotics|tablets))|\bnobody home\b", Options)]
    private static partial Regex ConfusionToldIndirectly();

    /// <summary>The FAST signs told without the guidance's words: a face that sags or looks off on one side, gibberish, a dragged leg.</summary>
    [GeneratedRegex(@"\b(gibberish|word salad)\b|\b(talking|speaking) in a way (i|we) (couldnt|cant|could not) understand\b|\b(face|mouth|smile) (\w+ ){0,3}(sags?|sagged|sagging|looks? (off|odd|wrong|different|weird|strange|funny)|(is|went|gone) (off|slack|weird)) (\w+ ){0,2}(on )?(one|the (left|right)) side\b|\b(dragging|drags|dragged) (his|her|my|their) (left |right )?(leg|foot)\b|\b(words|voice|speech) (\w+ ){0,2}(sound|sounds|sounded|are|is|were|was|coming out) (\w+ ){0,1}(thick|slurry|drunk)\b|\b(fork|cup|spoon|pen|phone|glass|mug|knife|things?|stuff) (\w+ ){0,2}(keeps? )?(falling|dropping|fell|dropped|slipping|slipped) (out of|from) (his|her|my|their) (left|right) hand\b|\b(cant|couldnt) say (my|his|her|our) name properly\b|\b(right|left) hand (would not|wouldnt|wont|will not|cant|couldnt) (grip|hold)\b|\blost the ability to (find|speak|say) (words|my words)\b|\bgrip (\w+ ){0,4}(feels |is |went |gone )(weak|weaker)\b", Options)]
    private static partial Regex StrokeToldIndirectly();

    /// <summary>A heart attack's pressure told as a weight on the breastbone, a stone or a belt on the chest, someone holding their chest.</summary>
    [GeneratedRegex(@"\b(pressure|pressing|weight|heaviness|tightness|pain|ache|discomfort|crushing)\b (\w+ ){0,4}(behind|on|in|across|under) (my|his|her|the) (breastbone|sternum)\b|\b(stone|brick|weight|elephant) (\w+ ){0,2}(sitting|sat|pressing) on (my|his|her|the) chest\b|\bholding (his|her|their|my) chest\b|\bcentral crushing\b|\bcrushing (discomfort|pressure|weight|feeling)\b|\b(pain|pressure|tightness) in chest\b|\bheart\b (\w+ ){0,4}(hammering|racing|pounding|out of rhythm|skipping|irregular)\b.{0,80}\b(?<flag>everything went black|came to|came round|blacked out|passed out|fainted|collapsed)\b", Options)]
    private static partial Regex ChestToldIndirectly();

    /// <summary>Blood in vomit or stool told by its look: it was red, all blood, stewed tea leaves, black like tar, bloody diarrhoea and dizzy.</summary>
    [GeneratedRegex(@"\b(sick|vomit\w*|threw up|throwing up|thrown up|brought up|bringing up)\b[^.!?]{0,60}?\b(it was red|bright red|streaky red|red (stuff|streaks|bits)|all blood|definitely blood|was blood|(looks?|looked|looking) like (stewed )?(tea leaves|coffee grounds))\b|\bstewed tea( leaves)?\b|\b(stools?|poo|poop)\b (\w+ ){0,2}black like tar\b|\bbloody (diarrh\w*|poo|stools?)\b.{0,80}\b(?<flag>dizzy|faint\w*|light[- ]?headed|heart (is )?(going|racing|pounding))|\b(dark red|bright red) blood and clots\b|\bwhat comes out (the other end|of me) is black\b", Options)]
    private static partial Regex GiBleedingToldIndirectly();

    /// <summary>Too much medicine told by the amount (a week's pills at once, twenty paracetamol) or a child with a cleaning product or vape liquid round the mouth.</summary>
    [GeneratedRegex(@"\b(took|taken|taking|swallowed|had)\b (\w+ ){0,3}(whole|entire|full) (\w+ ){0,3}(blister packs?|dosette( box)?|pill (box|organi[sz]er)|pack|box|tablets|pills|meds|medication)\b|\b(took|taken|taking|had|swallowed|been taking)\b (\w+ ){0,3}(1[6-9]|[2-9]\d|twenty|thirty|forty) (\w+ ){0,2}(paracetamol|co-?codamol|ibuprofen|aspirin|tablets|pills|codeine)\b|\b(took|taken|swallowed|had)\b (\w+ ){0,4}(weeks?'?s?|days'?|months?'?s?|fortnights?'?s?) (worth )?(of )?(\w+ ){0,3}(pills|tablets|meds|medication|doses|medicine)\b (\w+ ){0,3}(at once|in one go|all at the same time|in one day)\b|\btaking too many\b|\b(take|took|taken|swallowed|had)\b (\w+ ){0,2}(by mistake|accidentally) (\w+ ){0,3}(pills|tablets|meds|medication)\b|\b(lick|licked|sip|sipped|mouthful|drank|swallowed)\b (\w+ ){0,4}(e-?cig|vape|refill|liquid nicotine)\b|\b(dishwasher (tablets?|pods?)|oven cleaner|e-?cig (refill|liquid)|drain cleaner)\b.{0,120}\b(?<flag>round (his|her|their) mouth|on (his|her|their) (chin|lips|tongue)|drool\w*|retch\w*|vomit\w*|foam\w*)|\b(foraged|picked|wild) (\w+ ){0,2}(mushrooms|berries|fungi)\b.{0,150}\b(?<flag>vomit\w*|diarrh\w*|sick|dizzy|drowsy)\b|\b(took|had|dropped|swallowed) (\w+ ){0,2}(pills|tablets|pingers|molly|mdma|ecstasy|something) at (a|the) (festival|party|rave|club)\b", Options)]
    private static partial Regex OverdoseToldIndirectly();

    /// <summary>A deep burn told by its look (blistered and white, large blisters, grey or raw patches, leathery, charred) or a chemical burn.</summary>
    [GeneratedRegex(@"\b(blistered|blistering|blisters)\b (\w+ ){0,4}(white|right across|all across|big|large|huge)\b|\b(burn\w*|scald\w*|hot|fire|iron|straighteners|pan|oven|hob|kettle|boiling|heater|bath|coals|steam)\b.{0,150}\b(?<flag>(big|large|huge) (\w+ ){0,1}(white patches|blisters))\b|\b(white|grey|greyish|gray|dead) (\w+ ){0,2}(patches|skin|colour|color)\b.{0,80}\b(?<flag>blister\w*|burn\w*|raw|deep|(dont|doesnt) hurt)|\bdeep (\w+ ){0,2}(patches|burns?)\b|\bskin (is )?(coming|came) off\b|\b(burn\w*|scald\w*|heater|fire|hot)\b.{0,80}\b(?<flag>leathery)\b|\bcharred\b(?! (\w+ )?(toast|food|meat|steak|veg\w*|peppers|edges|bits of|sausages?|burgers?|chicken|bread|onions?))|\b(hair|clothes|dress|top|sleeve|sleeves) (caught|set on) fire\b|\b(acid|bleach|concrete|cement|quicklime|chemicals?)\b.{0,120}\b(?<flag>deep (pain|burn)|raw|blister\w*|greyish|throbbing)\b", Options)]
    private static partial Regex BurnToldIndirectly();

    /// <summary>A knock to the head followed by forgetting, repeating, nodding off, clear fluid from the nose or bruising behind the ears; a fall on blood thinners.</summary>
    [GeneratedRegex(@"\b(head|heads|helmet|forehead|skull|toppled|fell|fallen|came off)\b.{0,120}\b(?<flag>(keeps?|kept) (forgetting|asking (the same|what day|where)|repeating|nodding off)|repeating (myself|himself|herself)|(cant|cannot|couldnt) remember (\w+ ){0,4}(ride|crash|accident|fall|happened|this morning|anything)|nodding off|clear (watery )?(fluid|stuff)|bruis\w* (\w+ ){0,2}behind (his|her|my|their) ears?)|\b(apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|blood thinners?|thinners)\b.{0,120}\b(?<flag>(bumped|banged|hit|knocked) (\w+ ){0,2}(head|forehead)|fell)\b", Options)]
    private static partial Regex HeadInjuryToldIndirectly();

    /// <summary>A fit told by what is left after it (a bitten tongue, wet clothes, waking on the floor), a child going stiff and jerking, fits that will not stop.</summary>
    [GeneratedRegex(@"\b((bit|bitten) (my|his|her|their) tongue|tongue (\w+ ){0,1}bitten|bit (my|his|her|their) tongue)\b.{0,100}\b(?<flag>wet (myself|himself|herself|trousers|pants|the bed)|woke (up )?on the floor|shaking|jerking)|\b(wet (myself|himself|herself|trousers|pants)|woke (up )?on the (\w+ )?floor)\b.{0,100}\b(?<flag>(bit|bitten) (my|his|her|their) tongue|tongue (\w+ ){0,1}bitten|shaking for|jerking)|\b(went|gone|going|goes) (all )?(stiff|rigid)\b.{0,80}\b(?<flag>jerk\w*|twitch\w*|convuls\w*|fitting)|\bfitting (\w+ ){0,5}(and )?(it |he |she )?(wont|cant|isnt|hasnt) stop\w*|\b(fits?|seizures?|epilep\w*)\b.{0,80}\b(?<flag>(had|having) (3|4|5|6|three|four|five|six) (fits |seizures )?(since|today|in a row|back to back|this morning))", Options)]
    private static partial Regex SeizureToldIndirectly();

    /// <summary>A young baby's temperature told by the number first, or by a weak cry; a rash that is not fading under a glass.</summary>
    [GeneratedRegex(@"\b(baby( girl| boy)?|newborn|infant|son|daughter|hes|shes|he is|she is|little one) (is )?(only )?(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(weeks?|wks)\b.{0,120}\b(?<flag>temperature|temp|fever|3[89](\.\d)?|thirty[- ]eight|thirty[- ]nine|weak (\w+ )?cry)|\b(3[89](\.\d)?|thirty[- ]eight|thirty[- ]nine)\b.{0,80}\b(?<flag>(baby( girl| boy)?|shes|hes|she is|he is) (is )?(only )?(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(weeks?|wks))\b|\b(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(weeks?|wks?)-olds?\b.{0,120}\b(?<flag>3[89](\.\d)?|temperature|fever)\b", Options)]
    private static partial Regex YoungBabyToldIndirectly();

    /// <summary>The glass test told the other way round: a rash not fading, not going white under a glass.</summary>
    [GeneratedRegex(@"\brash (\w+ ){0,2}(not|isnt|wasnt|never) fading\b|\b(not|doesnt|dont|wont) (fade|go white|disappear) (\w+ ){0,3}(under|with|when) (\w+ ){0,3}glass\b", Options)]
    private static partial Regex GlassTestToldIndirectly();

    /// <summary>
    /// A face sign explained in its sentence: numbed at the dentist, botox or filler, Bell's palsy a doctor has diagnosed;
    /// never when the sentence also names a limb, walking, vision or confusion.
    /// </summary>
    [GeneratedRegex(@"^(?![^.!?]*\b(arm|arms|leg|legs|hand|hands|walk\w*|vision|confus\w*)\b)[^.!?]*\b(dentists?|dental|anaesthetic|anesthetic|numbed|numbing|filling|botox|filler|(diagnosed|confirmed|said|says|told (me|us|him|her)) (\w+ ){0,3}bells palsy|bells palsy (\w+ ){0,2}(diagnosed|confirmed))\b", Options)]
    private static partial Regex NumbedOrDiagnosedFace();
}
