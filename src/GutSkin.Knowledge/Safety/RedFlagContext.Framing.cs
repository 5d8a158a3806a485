using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// How a phrase rule's match is framed beyond its own clause: a sign inside a story, a course or a question about spotting
// it ("a novel where the main character overdoses", "a training session today on assessing suicide risk", "how would I
// recognise a clot"), a sign dated by an age the writer has since passed ("a febrile fit at 18 months, he's 4 now"), and
// a sign a professional has seen since ("the GP saw my mum this morning about her face drooping"). Read by the phrase
// rules only: the semantic model was fitted on the features of RedFlagContext.Read, which these do not change.
internal static partial class RedFlagContext
{
    private const string Number = @"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)";

    // A count that is not an age: weeks of pregnancy, a temperature, a dose.
    private const string NotAnAge = @"(?!\s*(weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|months?|degrees|c|f|pregnant|percent|kg|lbs?|stone|mg|ml|tablets|pills)\b)";

    /// <summary>True when the sentence around <paramref name="at"/> frames the sign as a story, a lesson or a question about spotting it.</summary>
    private static bool Framed(string text, int at)
    {
        var (start, _) = Around(text, at, SentenceBreaks());
        return Story().IsMatch(text[start..at]) || Lesson().IsMatch(text[start..at]) || AsksHowToSpot().IsMatch(text[start..at]);
    }

    /// <summary>True when the sign's phrase is dated by an age ("at 18 months", "at 19") and the message gives a later one ("he's 4 now").</summary>
    private static bool DatedByAge(string phrase, string previous, string text) =>
        (AtAnAge().IsMatch(phrase) || AtAnAge().IsMatch(previous)) && AgeNow().IsMatch(text);

    /// <summary>
    /// True when a professional has seen the sign in its clause (<see cref="Professional"/>) and nothing after that says it
    /// goes on ("the physio said it's normal but it's getting worse").
    /// </summary>
    private static bool SeenSince(string text, int clauseStart, int clauseEnd) =>
        Professional().Match(text[clauseStart..clauseEnd]) is { Success: true } seen && !Ongoing().IsMatch(text[(clauseStart + seen.Index + seen.Length)..]);

    /// <summary>
    /// True when the sentence around <paramref name="at"/> laughs at itself ("haha", "lol", "in a good way", "she was
    /// joking") and nothing in <paramref name="text"/> says the words are meant ("not joking", "honestly", "for real").
    /// </summary>
    public static bool InJest(string text, int at)
    {
        // A joke before a turn is about the words before it: "the juice isn't medicine lol but I've got a rash that won't fade".
        var (start, end) = Around(text, at, SentenceBreaks());
        var turn = Turn().Matches(text[start..at]).LastOrDefault();
        var from = turn is null ? start : start + turn.Index + turn.Length;
        return Jest().IsMatch(text[from..end]) && !Earnest().IsMatch(text);
    }

    /// <summary>
    /// True when the sign in its clause is an animal's ("my dog had a seizure last week", "our old tabby has a wee seizure"):
    /// a pet is named before it and no person after the pet ("the dog bit my son and he is pouring blood" still counts).
    /// </summary>
    private static bool AnimalsSign(string text, int at)
    {
        var (start, _) = Around(text, at, ClauseBreaks());
        var before = text[start..at];
        return Pet().Matches(before).LastOrDefault() is { } pet && !Person().IsMatch(before[(pet.Index + pet.Length)..]);
    }

    [GeneratedRegex(@"[.!?;\n]")]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@"\b(but|however|although|though|anyway)\b")]
    private static partial Regex Turn();

    [GeneratedRegex(@"\b(lol|lmao|lmfao|rofl|haha\w*|ha|hah|jk|in a good way|(was|were|is|are|hes|shes|theyre) (only |just |obviously |clearly )?(joking|kidding|laughing)|(obviously|only|just) a joke|as a joke|running joke)\b|😂|🤣|😅|🙄|😆")]
    private static partial Regex Jest();

    [GeneratedRegex(@"\b(not (even )?(joking|kidding|lol)|no joke|jokes? aside|joking aside|for real|fr|i mean it|im serious|being serious|honestly|dark humou?r)\b")]
    private static partial Regex Earnest();

    // A pet as the subject that opens a clause or a phrase: "my dog", "our old tabby", "the neighbours cat"; not "sick as a
    // dog", "came off my horse" or "chasing the dog".
    [GeneratedRegex(@"(^|[,:]\s*|\b(and|but|so|because|when|while|then)\s+)(my|our|his|her|their|the|a|an|\w+s) (\w+ )?(dogs?|cats?|pupp(y|ies)|kittens?|tabby|hamsters?|rabbits?|bunny|horses?|pony|ponies|guinea pigs?|budgies?|parrots?|ferrets?|pets?|labrador|spaniel|terrier|collie|staffy|gerbils?|tortoise)\b")]
    private static partial Regex Pet();

    // Anyone human between the pet and the sign: the sign may be theirs.
    [GeneratedRegex(@"\b(i|im|ive|id|me|my|we|us|our|you|your|he|she|him|his|her|hes|shes|they|them|their|theyre|son|daughter|bab(y|ies)|child(ren)?|kids?|toddler|boy|girl|lad|husband|wife|partner|mum|mom|dad|mother|father|nan|gran\w*|grandad|grandpa|brother|sister|friend|mate|neighbou?r|owner|client|customer|man|woman|lady|person|someone|somebody|anyone|everyone|family|people|teen\w*|years? old)\b")]
    private static partial Regex Person();

    // "a novel where...", "a play about a man who...", "in the crime novel I'm reading the victim...", "saw a video saying...",
    // with no comma between the story and the sign.
    [GeneratedRegex(@"(\b(novels?|thrillers?|books?|memoirs?|films?|movies?|dramas?|programmes?|documentar(y|ies)|(tv|telly) (show|series|advert)s?|(a|the|our|this|that|school) (show|play)s?(?! (area|centre|center|park|ground|group|date|gym|room))|episodes?|scenes?|storylines?|plots?|stor(y|ies)|videos?|tiktoks?|adverts?|posts?)\b[^.!?,;]{0,60}?\b(where|in which|about|saying|showing)\b|\bin (the|a|this|that|my|our) (\w+ ){0,2}(novel|book|film|movie|drama|programme|documentary|episode|story|series)\b(?! (club|group|shop|store|case|bag|fair|sale))\b)[^.!?,;]*$")]
    private static partial Regex Story();

    // "a training session today on assessing suicide risk", "practise spotting a heart attack", "revising the sepsis six",
    // "on my first aid course they said vomiting after a head injury...": the sign a few words after what a course,
    // quiz or letter is about or teaches.
    [GeneratedRegex(@"\b(" + TopicWords + @"|lessons?|refresher|exams?|assessment|coursework|scenarios?|procedures?|polic(y|ies)|audit|quiz(zes)?|letters?|reports?|newsletters?)\b[^.!?,;]{0,80}?\b(about|on|of|for|covered|covering|covers|practis\w*|practic\w*|spotting|recogni[sz]\w*|assessing|identifying|revising|how to|what to do (if|when|for)|(they|we|she|he|the \w+) (said|told us|taught us|showed us)|the answer to)\s+([\w-]+\s+){0,6}$|\b(revising|revising for|revision|studying)\s+([\w-]+\s+){0,2}$")]
    private static partial Regex Lesson();

    // "how would I recognise a clot", "how do you spot sepsis", "how do I avoid a DVT", "how to spot an overdose": asking how
    // to know or prevent the sign, not having it.
    [GeneratedRegex(@"\bhow (do|would|can|could|should|will|to|might) ((i|you|we|one|people|parents) )?(\w+ )?(know|tell|spot|recogni[sz]e|identify|avoid|prevent|check for|look for|notice)( (if|whether|when))?( (someone|somebody|a person|a child|a baby|a kid|people|anyone|a friend|a mate)( (is|has|was|had|s))?( (having|got|had))?)?( (an?|the|any|signs of|symptoms of))*\s*$")]
    private static partial Regex AsksHowToSpot();

    [GeneratedRegex(@"\b(at|aged) (the )?(age )?(of )?" + Number + @"(?!\s*(weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|degrees|am|pm|oclock)\b)( (years?|yrs?|months?)( old)?)?\b")]
    private static partial Regex AtAnAge();

    // "he's 4 now", "I'm now 35", "she's nine and thriving now", "30 now": the age the writer says the person is today.
    [GeneratedRegex(@"\b(hes|shes|im|i am|he is|she is|theyre|they are) now " + Number + NotAnAge + @"|\b(hes|shes|im|i am|he is|she is|theyre|they are) " + Number + NotAnAge + @"( (years?|yrs?) old)? (\w+ ){0,3}now\b|\b" + Number + NotAnAge + @"( (years?|yrs?) old)? now\b")]
    private static partial Regex AgeNow();

    // A professional has seen the sign since: "the GP saw my mum", "the dentist says", "the A&E registrar did an ECG",
    // "the stroke unit discharged him", "the pharmacist had a look", "the nurses are aware and monitoring him".
    [GeneratedRegex(@"(?<!\b(like|as|what) (the |my |his |her |our |a )?)\b(dentist|pharmacist|vet|registrar|optician|health visitor|poisons? (line|centre|center)|physio\w*|surgeon|gastroenterologist|dermatologist|paediatrician|pediatrician|early pregnancy unit|stroke unit|ward|doctors?|gp|nurses?|midwife|consultant|neurologist|cardiologist|paramedics?|specialist|hospital|a&e)\b (\w+ ){0,2}(saw|seen|examined|scanned|scoped|discharged|diagnosed|looked at|had a look|did (an? |some )?(ecg|scan|bloods|x-?rays?|tests)|(is|are) (aware|monitoring|watching)|started (him|her|me|them) on|put (him|her|me|them) on|(says|said|say|told (me|us|him|her|them))(?! (\w+ ){0,2}(to )?(go|call|ring|phone|get|come|take|dial|head|attend|urgent|emergency|hospital|a&e|999|911|112|ambulance|could|might|may|sounds|looks|needs?|should|must|straight|immediately|asap)\b))\b")]
    private static partial Regex Professional();

    // The sign still going on after the visit ("... but he is still fitting", "... it keeps bleeding", "... now he's floppy").
    [GeneratedRegex(@"\b(still|again|worse|keeps|kept|wont stop|hasnt stopped|right now|since then|now)\b")]
    private static partial Regex Ongoing();
}
