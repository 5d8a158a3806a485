using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Whether a phrase-rule match speaks of the writer's situation now. It does not when it is negated ("no chest pain",
/// "I'm not bleeding"), a distant or settled past event ("two years ago", "the doctor ruled it out"), another person's
/// history ("my dad had a stroke") or a general question ("what are the signs of a stroke"). Urgency in another
/// clause ("... years ago, now I can't breathe") is judged on that clause.
/// </summary>
internal static partial class RedFlagContext
{
    /// <summary>The group a co-occurrence rule names its second term with: it must hold in its own clause as well.</summary>
    public const string Flag = "flag";

    // Only the last few words before a term can deny it (or frame it as knowledge: "I've learned the glass test"): "I don't know why I have chest pain" is not a denial.
    private const int NegationWindow = 3;

    /// <summary>
    /// True when <paramref name="match"/>, found in <paramref name="text"/>, counts as a red flag: at its start and at its
    /// second term, if any. <paramref name="unless"/> (a rule's harmless reading) is looked for in the same phrases; a sign
    /// that comes and goes ("sometimes", "when I'm stressed") counts only when <paramref name="evenRecurring"/>, and a mild
    /// one ("a bit sore", "from a cold") does not count when <paramref name="notWhenMild"/>.
    /// </summary>
    public static bool Counts(string text, Match match, Regex? unless = null, bool evenRecurring = false, bool notWhenMild = false)
    {
        // "reading about overdoses", "a first aid course on seizures", "half her callouts are chest pain": a topic, no one's
        // sign. Only the rule's first term is read so: a second term ("... pregnancy") names a state, not a topic.
        // "a self-harm awareness session", "the stroke unit's leaflet": the sign names the topic of what follows it.
        if (!Holds(text, match.Index, unless, evenRecurring, notWhenMild) || Topic().IsMatch(text[Around(text, match.Index, ClauseBreaks()).Start..match.Index])
            || TopicAfter().IsMatch(text[(match.Index + match.Length)..]) || Framed(text, match.Index) || AnimalsSign(text, match.Index)
            || RelativesDatedHistory(text, match.Index) || Possible(text, match.Index))
        {
            return false;
        }

        var flag = match.Groups[Flag];
        return flag.Success ? Holds(text, flag.Index, unless, evenRecurring, notWhenMild) : !NounAfter().IsMatch(text[(match.Index + match.Length)..]);
    }

    private static bool Holds(string text, int at, Regex? unless, bool evenRecurring, bool notWhenMild)
    {
        var (clauseStart, clauseEnd) = Around(text, at, ClauseBreaks());
        var (phraseStart, phraseEnd) = Around(text, at, PhraseBreaks());
        phraseStart = Math.Max(clauseStart, phraseStart);
        phraseEnd = Math.Min(clauseEnd, phraseEnd);
        var phrase = text[phraseStart..phraseEnd];
        if (Negated(text[phraseStart..at]) || (unless is not null && unless.IsMatch(phrase)) || (notWhenMild && Mild().IsMatch(phrase)))
        {
            return false;
        }

        // A sign told as now ("this morning", "still") in its own phrase, or after the settling words, is not settled by
        // another phrase of its clause ("usually well controlled, ... two seizures back to back this morning").
        var clause = text[clauseStart..clauseEnd];
        var settling = Settled().Matches(clause).LastOrDefault(m => clauseStart + m.Index < at);
        var now = (Recent().IsMatch(phrase) && !Settled().IsMatch(phrase))
            || (settling is not null && Recent().IsMatch(text[(clauseStart + settling.Index + settling.Length)..phraseEnd]))
            || ReturnsLater(text, clauseEnd);
        if ((!evenRecurring && Recurring().IsMatch(clause)) || (Settled().IsMatch(clause) && !now) || (OthersHistory().IsMatch(clause) && !Recent().IsMatch(clause))
            || SeenSince(text, clauseStart, clauseEnd))
        {
            return false;
        }

        // "Two years ago, I had a stroke": a time on its own before the phrase dates it too, and so does a longer opening
        // when nothing in it or the phrase is told in the present ("when I was 19 I went through a dark time and self harmed",
        // "I had a panic attack last month, thought it was a heart attack").
        var before = text[clauseStart..phraseStart];
        var previous = before[(before.LastIndexOfAny([',', ':']) + 1)..];
        if (DistantPast().IsMatch(phrase) || DatedByAge(phrase, previous, text) || (DistantPast().IsMatch(previous) && (SafetyText.WordCount(previous) <= 4 || !Present().IsMatch($"{previous} {phrase}")))
            || (DistantPast().IsMatch(before) && !Present().IsMatch($"{before} {phrase}")))
        {
            return false;
        }

        // "there was blood in my vomit once, ten years ago": a time opening the next phrase dates the sign when nothing in
        // the clause is now (not a time further on: "thought it was 1975 ... her husband, who passed away in 2019").
        var next = NextPhrase().Match(text[phraseEnd..clauseEnd]).Groups["next"].Value;
        if (DistantPast().Match(next) is { Success: true, Index: 0 } && !Present().IsMatch(clause) && !Recent().IsMatch(clause) && !Again().IsMatch(clause))
        {
            return false;
        }

        // A phrase after "and" goes on with its sentence ("... and is dizzy"), and so does one after a comma that opens with
        // "who" ("my husband, who has burned both hands"): only a phrase that opens a sentence can be a question.
        var continues = ContinuesSentence().IsMatch(text[..phraseStart]) || (RelativeClause().IsMatch(phrase) && text[..phraseStart].TrimEnd().EndsWith(','));
        return !(IsGeneralQuestion(phrase) && !continues) && !IsGeneralQuestion(clause);
    }

    // "My seizures were well managed but today I've had three in a row", "her asthma attacks are under control but she's had
    // another one tonight": the settled sign comes back in the next clause of its sentence, told as an event of now,
    // without naming the sign again.
    private static bool ReturnsLater(string text, int clauseEnd)
    {
        var (_, sentenceEnd) = Around(text, clauseEnd, SentenceBreaks());
        var rest = text[clauseEnd..Math.Max(clauseEnd, sentenceEnd)];
        return Returns().IsMatch(rest) && (Recent().IsMatch(rest) || Again().IsMatch(rest));
    }

    /// <summary>
    /// How a whole piece of normalised text reads, for the semantic layer's model: dated, settled, someone else's history, a
    /// general question, with a denial in it ("no", "not", "never"...), reassured ("feeding normally", "no fever") or a question.
    /// </summary>
    public static PieceContext Read(string text) => new(
        DistantPast().IsMatch(text),
        Settled().IsMatch(text),
        OthersHistory().IsMatch(text) && !Recent().IsMatch(text),
        IsGeneralQuestion(text),
        Words().Matches(text).Any(w => Negators().IsMatch(w.Value)),
        Reassured().IsMatch(text),
        text.TrimEnd().EndsWith('?') || GeneralQuestion().IsMatch(text),
        Recurring().IsMatch(text),
        TopicAnywhere().IsMatch(text));

    /// <summary>True when the clause around <paramref name="at"/> in <paramref name="text"/> is dated ("as a kid", "last year").</summary>
    public static bool IsDated(string text, int at)
    {
        var (start, end) = Around(text, at, ClauseBreaks());
        return DistantPast().IsMatch(text[start..end]);
    }

    /// <summary>True for a question asking for general information ("what are the signs of a stroke"), not about anyone.</summary>
    public static bool IsGeneralQuestion(string text) => (GeneralQuestion().IsMatch(text) && !Personal().IsMatch(text)) || AsksForSigns().IsMatch(text);

    private static bool Negated(string before)
    {
        var words = Words().Matches(Uncertainty().Replace(before, " "));
        return words.Skip(Math.Max(0, words.Count - NegationWindow)).Any(w => Negators().IsMatch(w.Value));
    }

    // The span between the last break before `at` and the first break after it.
    private static (int Start, int End) Around(string text, int at, Regex breaks)
    {
        var start = 0;
        var end = text.Length;
        for (var m = breaks.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index + m.Length <= at)
            {
                start = m.Index + m.Length;
            }
            else if (m.Index > at)
            {
                end = m.Index;
                break;
            }
        }

        return (start, end);
    }

    [GeneratedRegex(@"[.!?;\n]|\b(but|now|however|although|though|whereas|except|yet|until|then|today|tonight|these days|pero|ahora|aunque|hoy)\b")]
    private static partial Regex ClauseBreaks();

    [GeneratedRegex(@"[.!?;,:\n]|\b(but|now|however|although|though|whereas|and|pero|ahora|aunque|y)\b")]
    private static partial Regex PhraseBreaks();

    [GeneratedRegex(@"\b(and|y)\s*$")]
    private static partial Regex ContinuesSentence();

    [GeneratedRegex(@"^\s*(who|whose|which)\b")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(no|not|never|without|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|nor|zero|denies|denied|free|sin|nunca|ni|tampoco|panicked|paranoid|learned|learnt|learn|heard|read)$")]
    private static partial Regex Negators();

    [GeneratedRegex(@"\b(not (sure|certain)|dont know|do not know|cant tell|no (idea|clue)|no se|not just|not only)\b")]
    private static partial Regex Uncertainty();

    [GeneratedRegex(@"\b((\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|few|several|many|couple( of)?) (weeks?|months?|years?|yrs?|decades?|summers?|winters?|christmases) (ago|back|before)|a (long )?while (ago|back)|(a )?(long|good) time ago|ages ago|years ago|decades ago|(back )?in the (19|20)?\d0s|back in the day|(?<!since |from )last (year|month|summer|winter|spring|autumn|fall|christmas|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|as an? (small |little |young )?(child|kid|baby|toddler|teen\w*|student)|when (i|he|she|they|we|(my|our|his|her) (\w+ ){0,2}\w+) (was|were) (a|an|younger|little|small|young|pregnant|in|teens|teenagers|kids|children|students|at (school|uni|university|college)|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(back )?in (19|20)\d\d|back in \d\d|(its|it has|it is|has|have|ive) been (over |more than |nearly |almost |about |around )?(\w+ ){1,2}(years?|months?) since|used to|in the past|previously|childhood|back then|in (my|his|her|their) (early |mid |late )?(teens|twenties|thirties|forties|fifties|\d0s)|once (at|in|when|as|before|back)|(in|at|over|during|back in|all through|throughout) (the )?(spring|summer|autumn|easter|christmas|new year|january|february|march|april|june|july|august|september|october|november|december)|hace (\w+ )?(anos|meses))\b")]
    private static partial Regex DistantPast();

    [GeneratedRegex(@"\b(history of|(fully|since|have|has|had|now|shes|hes|theyre|im|ive|weve) recovered|recovering (from|after)|recovered now|no longer(?! (want|wants|wish|wishes|see|sees|care|cares|feel safe)\b)|ruled (it |that )?out|(doctors?|gp|doc|hospital|a&e|er|paramedics?|ambulance (crew|staff)|nurses?|111|clinics?|cardiologist|neurologist|consultant|midwife|specialist|tests?|scans?|bloods) (said|says|told|confirmed|checked|found|cleared|ruled|manages|is managing|monitors|are fine|were fine|came back)|under (his|her|my|their|a|the) (neurologist|doctor|gp|consultant|specialist|care)|(well|under) control(led)?|well managed|managed (well )?(on|with) (\w+ )?(meds|medication|medicine|tablets|pills)|(diagnosed|treated) and (treated|managed|controlled|sorted)|(hasnt|havent|has not|have not) had (one|a \w+|any( \w+)?) (in|for) (years|ages|months|a long time|\w+ (years|months))|(?<!(dont|not|never|didnt|doesnt|isnt|no) )(feel|feels|feeling) (much |a lot |loads |way )?better|(once|twice|a few times|\d+ times|few \w+) a (year|month)|turned out|was nothing|(fixed|repaired|sorted|treated) (with|by) (surgery|an operation|an op)|(went|gone) away|all clear|got (it )?checked|(was|were|been|ended up|went) (in|to) (hospital|a&e|the er|er|casualty|urgent care|the emergency (room|department)) (\w+ ){0,3}(for|with|after)|no (reactions?|attacks?|seizures?|fits?|episodes?|problems?|issues?|trouble|symptoms) (in|for|since) (years|ages|months|decades|a long time|\w+ (years|months))|after (my|his|her|our|their|a) (\w+ )?\w+s (stroke|heart attack|seizure|cardiac arrest|overdose|accident)|after (a|my|his|her|our|their) (friends?|neighbou?rs?|cousins?|sisters?|brothers?|colleagues?) \w+ (swallowed|had|took|fell)|(someone|somebody|a person|people) with|(goes|goes away|passes|settles|eases|stops) (once|when|after|as soon as)|always been (me|like (that|this))|((been|is|was|has been|have been|ive been|hes been|shes been|theyve been|its been) (perfectly |absolutely |totally |completely |totally )?(fine|well|ok|okay|good|great) (since|ever since|for (\w+ )?(days|weeks|months|years)))|(everything|all) (was |is |looked |came back |looks )?(fine|normal|ok|okay|good|clear)|(showed|shows|found|saw) (a |the )?(healthy|normal|strong|good) (heartbeat|heart ?beat|baby)|reassured (me|us|her|him|them)|(and|is|are|hes|shes|theyre|im|been|feel|feels|feeling) (now )?(totally|completely|perfectly|absolutely) (fine|well|healthy|normal)|gone and so (is|are|has|have) (the|my|his|her) \w+|(bleeding|bleed|nosebleed|it) stopped (after|with) (\w+ ){0,3}(pinching|pressure|pressing|a plaster|minutes|mins)|(nothing|none|no more|not (had )?(one|another|any)) since|(theyre|they are|both|mum and baby) (both |now )?(well|fine|healthy|doing well)( now)?|(sorted|cleared|fixed) (it|that|them|things)( up| out)?|(showed|shows|said) it (had|has|was) (gone|cleared|resolved)|back (to normal|walking|at work|to (his|her|my|their) (usual|normal) self)|doing (really |very |so )?well|working on it|(went|go|goes|turned|turn) white|feeling great)\b")]
    private static partial Regex Settled();

    private const string TopicWords = @"questions?|questionnaires?|documentar\w*|articles?|essays?|courses?|podcasts?|lectures?|books?|films?|movies?|leaflets?|posters?|training|awareness|prevention|reading|read|learning|learnt|learned|heard|studying|callouts?|call ?outs?|research\w*|seminars?|webinars?|modules?|class(es)?|revising|revision|assignments?|dissertation|thesis|campaigns?|stories|story|news|episodes?|series|charity|fundrais\w*|volunteer\w*|first aid";

    // A sign named as the subject of something read, watched, taught or seen at work, just before the sign.
    [GeneratedRegex(@"\b(" + TopicWords + @")\b[^.!?]{0,40}?\b(about|on|of|for|re|regarding|are|in terms of|like)\s+([\w-]+\s+){0,3}$|\b(see|seen|sees|treat|treats|treated|deal with|deals with|dealt with) (a lot|lots|loads|plenty|hundreds|dozens|so much|so many) of\s+([\w-]+\s+){0,3}$|\bin terms of\s+([\w-]+\s+){0,2}$|\b(scared|afraid|worried|terrified|frightened|paranoid|anxious|nervous|fear) (of|about) (getting|having|developing|catching|ever having|ever getting)\s+([\w-]+\s+){0,3}$|\b(i|we|ive|weve|id) (read|heard|seen|saw) (\w+ ){0,2}that\b[^.!?]{0,100}$|\b(phobia|fear) of\s+$")]
    private static partial Regex Topic();

    // A sign as the modifier of a topic: "self harm awareness", "suicide prevention training", "sepsis research", "suicide
    // intervention training".
    [GeneratedRegex(@"^[\s-]*(awareness|prevention|intervention|training|courses?|sessions?|modules?|campaigns?|resources?|lessons?|workshops?|talks?|charit(y|ies)|leaflets?|polic(y|ies)|support groups?|first aid|research|studies|statistics|stats|survivors?|documentar\w*|podcasts?)\b")]
    private static partial Regex TopicAfter();

    // A one-term sign as the modifier of a vaccine, a scene or a drill ("the meningitis B jab", "the seizure scene", "sepsis
    // and meningitis scenarios") or of a service ("the stroke unit", "the stroke ward"): the message is about the noun.
    // Not read after a rule's second term, which names a state ("bleeding, 10 weeks pregnant ... the early pregnancy unit").
    [GeneratedRegex(@"^[\s-]*((?!(in|on|at|to|of|for|the|a|an|his|her|my|our|is|was)\b)(\w{1,4}|and (?!(the|a|an|his|her|my|our|their)\b)\w+) )?(vaccines?|vaccinations?|jabs?|boosters?|immuni[sz]ations?|scenes?|plots?|storylines?|scenarios?|simulations?|drills?|quiz(zes)?|units?|wards?|clinics?|nurses?|teams?)\b")]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\b(" + TopicWords + @")\b[^.!?]{0,40}?\b(about|on|of|re|regarding|are|in terms of)\b|\b(see|seen|sees|treat|treats|treated|deal with|deals with|dealt with) (a lot|lots|loads|plenty|hundreds|dozens|so much|so many) of\b")]
    private static partial Regex TopicAnywhere();

    [GeneratedRegex(@"\b(my|his|her|our|their|a) (late |ex |former )?(mum|mom|mother|dad|father|parents?|grand\w+|nan|nana|gran|granny|uncle|aunt\w*|cousin|brother|sister|sibling|friend|husband|wife|partner|boyfriend|girlfriend|family|relative|neighbou?r|colleague|coworker|boss|flatmate|roommate)s?\b( \w+){0,3}? ((?<!has |have )had|died|passed away|suffered|survived|runs in|was diagnosed|got diagnosed)\b|\blost (my |our |his |her |their )?(late )?(mum|mom|mother|dad|father|parents?|grand\w+|nan|nana|gran|granny|uncle|aunt\w*|cousin|brother|sister|sibling|friend|husband|wife|partner|son|daughter|neighbou?r|colleague)s? (\w+ ){0,2}to\b")]
    private static partial Regex OthersHistory();

    [GeneratedRegex(@"\b(just|still|again|right now|now|today|tonight|this (morning|afternoon|evening)|minutes? ago|an? hour ago|hours? ago|currently|at the moment|keeps|isnt|wont|cant|is not|(is|are|hes|shes|theyre) \w+ing|for \d+ (days|hours)|since (yesterday|this morning|last night))\b")]
    private static partial Regex Recent();

    [GeneratedRegex(@"^\s*([,:]|and\b)?\s*(?<next>[^,:]*)")]
    private static partial Regex NextPhrase();

    [GeneratedRegex(@"\b(again|worse|returned|(is|its|are|came|comes|come) back)\b")]
    private static partial Regex Again();

    [GeneratedRegex(@"\b(had|having|has had|just had) (another|one|two|three|four|five|several|\d+|a few)( more| one)?( (in a row|back to back|today|tonight|this (morning|afternoon|evening)|now|of them|fits?|seizures?|attacks?|episodes?|bleeds?|again)\b|\s*$|[,.])|\b(in a row|back to back|one after (another|the other))\b|\b(another|a bad) (attack|episode|fit|seizure|bleed)\b")]
    private static partial Regex Returns();

    [GeneratedRegex(@"\b(a (bit|little|tad)|slightly|mildly|kind of|kinda|sort of|from (a|the|my) (cold|cough|flu|virus|chest infection)|from coughing|after coughing)\b")]
    private static partial Regex Mild();

    // A sign that comes and goes with a trigger or now and then: a known pattern, not an emergency now.
    [GeneratedRegex(@"\b(sometimes|occasionally|now and (then|again)|from time to time|every (now and then|so often|winter|summer|morning|night)|whenever|(when|if) (im|i am|i get|i feel|i) (stressed|anxious|nervous|worried|tired|panicky|upset|cold|hungry)|in (winter|the winter|cold weather)|(before|during|after) (exams|presentations|work|meetings|exercise|a workout|running|coffee)|(when|whenever) i (think|talk|speak|eat|exercise|run|wake))\b")]
    private static partial Regex Recurring();

    [GeneratedRegex(@"\b(im|i am|is|are|isnt|arent|have|has|havent|hasnt|keeps?|cant|wont|can|now|still|currently|today|tonight|right now|just|getting|feels?|looks?|seems?)\b")]
    private static partial Regex Present();

    [GeneratedRegex(@"\b(fine|feel(s|ing)? (fine|good|ok|okay|well|normal|great)|normally|as usual|(his|her|my|their) usual self|happy|playing|stopped|no (fever|pain|swelling|blisters?|bleeding|temperature|other symptoms)|checked( me| him| her| it)?|all good|(ok|okay) now|settled|mild|mildly|slight|slightly|a (little|bit) (red|warm|sore|heavy|itchy|achy|tender|puffy)|nothing else|otherwise well|(eating|drinking|feeding) (well|fine|normally|ok))\b")]
    private static partial Regex Reassured();

    // "What are the signs of anaphylaxis I should know": asking for the signs, whoever asks, is not having them.
    [GeneratedRegex(@"\b(what|which|how (do|would|can) (i|you|we) (know|tell|spot|recogni[sz]e)|tell me|know) (are |about |is )?(the )?(main |early |first |warning |common )?(signs|symptoms) of\b|\b(is there|are there|any) (any |a )?(research|studies|study|evidence|links?|connection)\b|\b(if|when|in case) (someone|somebody|a person|anyone|people|a child|a baby|a kid)\b|\bhow (can|do|would|could|will|should) (i|you|we|one|people|someone) (tell|know|check|spot) (if|whether) (a|an|someone|somebody|a person|people)\b|\bwhat (should|do|would|to) (i|we|you|one)? ?(look out|watch out|look|watch|be on the lookout) for\b|\b(for future reference|just reading up|in general|hypothetically|nobodys hurt|nobody is hurt|no ones hurt|no one is hurt|out of curiosity|just curious|curious after)\b|\b(pictures?|photos?|images?|pics) of\b|\b(lower|reduce|cut|minimi[sz]e) (the |my |his |her |your |our )?(risk|chances?)\b|\b(pictures|photos|images|pics)\s*\W*$|\b(how|what) (would|do|can|could|should) (i|you|we|one|people) (\w+ ){0,2}(know|tell|spot) (the )?difference\b")]
    private static partial Regex AsksForSigns();

    [GeneratedRegex(@"^\W*((can|could|does|do|is|are|will|would|what|whats|how|why|should|which|when|who|where|any)\b|.*\b(signs|symptoms|warning signs) of\b)")]
    private static partial Regex GeneralQuestion();

    [GeneratedRegex(@"\b(i|im|ive|id|me|my|myself|we|were|our|us|he|hes|she|shes|his|her|him|they|theyre|them|their|baby|son|daughter|husband|wife|mum|mom|dad|child|kid|toddler)\b")]
    private static partial Regex Personal();
}
