using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// Suicidal intent told as a plan or a wish, after the public warning signs (the NIMH list, see Safety/README.md), as a
// family rather than phrases: the means at hand (a stockpile, a rope, blades, a bridge, an edge, the tracks) with a day,
// a decision or a farewell beside it, in either order; a wish to die told in the first person now ("want to stop
// existing", "see no point in going on", "pray I won't wake up"); standing at a drop, looking down; things given away
// with a goodbye. Round 15 wrote it from half the writers' misses and judged it on the other half (Evaluation/Safety/
// README.md). The context of each term is read as for every rule: a past, someone else's history, a course or a story.
internal static partial class RedFlagRules
{
    // The means, and the places people name for it.
    private const string Means = @"(rope|noose|(razor )?blades?|gun|shotgun|" + Medicines + @"|bridge|footbridge|cliff|cliffs|ledge|railing|quarry|railway|(train )?tracks|fast (one|train|trains)|lake|estuary|the water|roof( terrace)?|coast road)";

    // "I'll actually do it tonight": the act, with nothing after it or a time.
    private const string Act = @"(ill|i will|im going to|im gonna|i am going to|hell|shell) (actually |finally |really |just )?(do it|end it|go through with it)(?=\s*([.,;!?]|$)| (tonight|today|tomorrow|this|on|when|while|after|before|once)\b)";

    // A day or a moment chosen: "on Friday", "on my birthday", "while they're at church", "when the house is empty".
    private const string Day = @"(on (my birthday|((mon|tues|wednes|thurs|fri|satur|sun)day))|tonight|tomorrow night|while (they|everyone|hes|shes|the)|when (the house|everyone|they|nobody|no one))";

    // A plan, a day, a decision or a farewell. "What's the point" only on its own ("what's the point of the cream" is a
    // question); a day picked only for a moment ("picked Sunday when the flat is empty", not "picked Friday for the party").
    private const string Intent = @"(maybe tonight|tonight(s| is)? (feels like |will be |is )?the (night|one)\b|see you on the other side|(made|got|have|sorted|finished) (the|a|my) plan\b(?! (for|to|with|b)\b)|(thinking|thought) (\w+ )?about (taking|swallowing|using) (them|it|the lot|them all)|(whats|what is) the point((?=\s*([.,;!?]|$))| (of|in) (anything|living|going on|it all|any of it))|(wont|will not) be needing (them|it)|(im|i am|hes|he is|shes|she is) (going|doing it|taking (them|it|the lot)) " + Day + "|" + Act
        + @"|(picked|chosen|chose|decided on|planning it for|planned it for) ((\w+day|the day|tonight|tomorrow|new year) )?(when|while|for it|to do it|to go)\b|intend(ing|s)? to take (the (whole )?lot|them all|them|it all)|take the (whole )?lot|(im|i am) done after|(will|ll) be gone by|(wont|will not) be here (to|by|after|next|for)|ha(d|ve) (had )?enough(?=\s*([.,;!?]|$))|(says|said|saying|keeps saying) (hes|shes|im|i am|he is|she is) ready to go|(no|any) reason to (stay alive|live|go on|be here|keep going)|(going|gonna) (to go )?(over|off) the (edge|railing|side)|where it ends|so (nobody|no one) (notices|would notice|will notice)|(nobody|no one) (would|will) notice|(dont|do not) trust myself|till the fast one)";

    // The means got ready, named after the intent: "bought a rope today" (not "for the swing"), "the rope is up".
    private const string Ready = @"(bought (a|some|the) rope(?! (for|to)\b)|rope (is |was )?(already )?(up|tied|ready|hung)|noose|(packet|box|pack) of (razor )?blades|" + Medicines + @" (all )?(spread|laid|lined|counted|sorted) out|" + Means + ")";

    // A wish to be dead, in the first person now.
    private const string Wish = @"\b(want|wanting|wish|wishing|need) to (stop existing|not exist|not be here( any ?more)?|disappear (forever|for good|permanently))\b|\b(see|saw|seeing|feel|find) no (point|reason) (in |to )?(going on|go on|carrying on|carry on|living|live|being here|be here|waking up|keep going|keeping going)\b|\b(stopped|stop|dont|do not|no longer) car(e|ing) (whether|if) (i|he|she) (wake|live|die|make it|see)\b|\b(this|it) (will be|is|ll be) my (last|final) (message|post|text|words)\b|\b(want|wanting|wants|hoping|hope) to (fade out|slip away|be gone)\b|\b(slip|slipping) away in (my|his|her) sleep\b"
        + @"|\b(hoping|hope|hopes|praying|pray|wish|wishing|want|wanting|wants) (that )?((i|he|she) )?(\w+ )?(not|never|dont|wont|doesnt) (to )?wak(e|ing)( up)?\b(?!( up)? (with|to|and|early|late|at|during|because|from|till|until|in pain|itchy|sore|the|my|his|her|him|me|us|them|everyone|anyone)\b)|\b(go|went|going|fall|falling) (to sleep|asleep) (and|hoping to|and just) (not|never) wake\b";

    // Standing at a drop looking down or working out when; things given away with a goodbye; the means got ready alone.
    private const string Signs = @"\b(stood|standing|stand|sat|sitting|went|go|been) (\w+ ){0,3}(on|at|by|near|over|on top of) (the|a|that|this) (\w+ ){0,2}(bridge|footbridge|cliff|cliffs|cliff edge|ledge|tracks|railway line|multi ?storey roof|roof edge)\b.{0,120}\b(?<flag>thinking (about|of) (it|jumping|going over|how)|working out (when|the times|how)|looking down|how easy|wondering (whether|if)|(couldnt|could not|cant) (make myself|bring myself)|tonight ill|nearly (jumped|went over|did it))"
        + @"|\b(giving|given|gave|give|handed|handing) (away )?(\w+ ){0,4}(things|stuff|belongings|possessions|dog|cat|pets?|guitar|games|console|xbox|ps\d|jewellery|rings|watch|clothes|books)\b.{0,200}\b(?<flag>(wont|will not|shant) (need|be needing)|where im going|(when|after|once) im gone|love you all|thanks for everything|thank you for everything|(said|saying) (a proper )?goodbye( properly| to (everyone|us|me|us all|the family))?(?=\s*([.,;!?]|$))|(wont|will not) open (the|his|her|my) (bedroom )?door|locked (himself|herself|themselves|myself) in)\b"
        + @"|\b(bought (a|some|the) rope(?! (for|to)\b)|rope (is |was )?(already )?(up|tied|ready|hung))\b|\b(drive|driving|steer\w*|crash\w*) (the |my |his |her )?(\w+ )?into (the )?(central reservation|oncoming traffic|barrier)\b|\bwhich (\w+ )?(meds|pills|tablets|drugs|medicines) (\w+ ){0,4}(would|will|could) do it\b|\b(more than enough|enough) (\w+ ){0,2}(saved|saved up|put by|stored|stashed)\b|\bstockpil\w* (\w+ ){0,3}" + Medicines + @"\b|\b(stopped|stopping|refused|refusing|quit) (taking )?(my|his|her|their) (\w+ )?" + Medicines + @" on purpose\b";

    [GeneratedRegex(Wish + @"|\b" + Means + @"\b.{0,200}\b(?<flag>" + Intent + @")|\b" + Intent + @".{0,200}\b(?<flag>" + Ready + @")\b|" + Signs, Options)]
    private static partial Regex SelfHarmPlan();
}
