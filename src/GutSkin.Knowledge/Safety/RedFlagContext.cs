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

    // Only the last few words before a term can negate it: "I don't know why I have chest pain" is not a denial.
    private const int NegationWindow = 3;

    /// <summary>True when <paramref name="match"/>, found in <paramref name="text"/>, counts as a red flag.</summary>
    public static bool Counts(string text, Match match)
    {
        if (!Holds(text, match.Index))
        {
            return false;
        }

        var flag = match.Groups[Flag];
        return !flag.Success || Holds(text, flag.Index);
    }

    private static bool Holds(string text, int at)
    {
        var (clauseStart, clauseEnd) = Around(text, at, ClauseBreaks());
        var (phraseStart, phraseEnd) = Around(text, at, PhraseBreaks());
        phraseStart = Math.Max(clauseStart, phraseStart);
        phraseEnd = Math.Min(clauseEnd, phraseEnd);
        if (Negated(text[phraseStart..at]))
        {
            return false;
        }

        var clause = text[clauseStart..clauseEnd];
        if (SettledPast().IsMatch(clause) || (OthersHistory().IsMatch(clause) && !Recent().IsMatch(clause)))
        {
            return false;
        }

        var phrase = text[phraseStart..phraseEnd];
        return !(GeneralQuestion().IsMatch(phrase) && !Personal().IsMatch(phrase));
    }

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

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(no|not|never|without|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|nor|zero|denies|denied|free|sin|nunca|ni|tampoco)$")]
    private static partial Regex Negators();

    [GeneratedRegex(@"\b(not (sure|certain)|dont know|do not know|cant tell|no (idea|clue)|no se|not just|not only)\b")]
    private static partial Regex Uncertainty();

    [GeneratedRegex(@"\b((\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|few|several|many|couple( of)?) (weeks?|months?|years?|yrs?|decades?) (ago|back|before)|last (year|month|summer|winter|spring|autumn|fall|christmas)|as an? (child|kid|baby|toddler|teen\w*|student)|when (i|he|she|they) (was|were) (a|an|younger|little|small|young|pregnant|in|\d+)|(back )?in (19|20)\d\d|history of|used to|in the past|previously|childhood|(fully|since|have|has|had) recovered|no longer|back then|ruled (it |that )?out|(doctors?|gp|doc|hospital|a&e|er|cardiologist|neurologist|consultant|tests?|scans?) (said|says|told|confirmed|checked|found|cleared|ruled)|turned out|was nothing|(went|gone) away|all clear|hace (\w+ )?(anos|meses))\b")]
    private static partial Regex SettledPast();

    [GeneratedRegex(@"\b(my|his|her|our|their|a) (mum|mom|mother|dad|father|parents?|grand\w+|nan|nana|gran|granny|uncle|aunt\w*|cousin|brother|sister|sibling|friend|husband|wife|partner|boyfriend|girlfriend|family|relative|neighbou?r|colleague|coworker|boss|flatmate|roommate)s?\b.*\b(had|has had|have had|died|passed away|suffered|survived|runs in|was diagnosed|got diagnosed)\b")]
    private static partial Regex OthersHistory();

    [GeneratedRegex(@"\b(just|still|again|right now|now|today|tonight|this (morning|afternoon|evening)|minutes? ago|an? hour ago|hours? ago|currently|at the moment|is having|keeps|isnt|wont|cant|is not)\b")]
    private static partial Regex Recent();

    [GeneratedRegex(@"^\W*((can|could|does|do|is|are|will|would|what|whats|how|why|should|which|when|who|where|any)\b|.*\b(signs|symptoms|warning signs) of\b)")]
    private static partial Regex GeneralQuestion();

    [GeneratedRegex(@"\b(i|im|ive|id|me|my|myself|we|were|our|us|he|hes|she|shes|his|her|him|they|theyre|them|their|baby|son|daughter|husband|wife|mum|mom|dad|child|kid|toddler)\b")]
    private static partial Regex Personal();
}
