using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// Two readings of a phrase match that need more than its own clause: an episode the same sentence says has passed ("felt
// like I couldn't breathe for a few minutes but it passed and I'm fine today", "fainted, came round straight away"), and a
// message that says in so many words that nothing is happening to anyone ("nobody is ill, it's for the newsletter", "no
// incident, just writing the policy"). Read by the phrase rules only: the semantic model was fitted on the features of
// RedFlagContext.Read, which these do not change.
internal static partial class RedFlagContext
{
    /// <summary>
    /// True when the rest of the sentence after the sign says it has passed ("it passed", "then fine", "back to normal",
    /// "came round straight away", "wore off") and nothing after that qualifies it or brings it back ("he says he's fine now
    /// but he has a burn mark", "came round straight away tho", "again").
    /// </summary>
    public static bool Passed(string text, Match match)
    {
        var from = match.Index + match.Length;
        var (_, end) = Around(text, Math.Max(match.Index, from - 1), SentenceBreaks());
        var after = text[from..Math.Max(from, end)];
        return PassedEpisode().Match(after) is { Success: true } passed && !Relapse().IsMatch(after[(passed.Index + passed.Length)..]);
    }

    /// <summary>True when <paramref name="message"/> says nothing is happening to anyone: no one is ill, no incident, a policy or leaflet being written.</summary>
    public static bool Disclaimed(string message) => NothingHappening().IsMatch(message);

    [GeneratedRegex(@"\b((it|that|this|they|which|the (pain|feeling|numbness|tightness|dizziness|attack|episode)) (has |had |all |soon )?(passed|settled|eased|wore off|went away|cleared|stopped)|(passed|settled|eased|wore off|went|cleared|stopped|gone) (in|within|after) (a |about |around |under |less than )?(few |couple of |\d+ |one |two |five |ten |fifteen )?(seconds?|secs?|minutes?|mins?)|then (it was |i was |he was |she was |they were |all |totally |completely )?(fine|ok|okay|normal|back to normal)|back to normal|(im|hes|shes|i am|he is|she is|theyre|were|we are) (completely |totally |perfectly |absolutely )?(fine|okay|ok|well) (now|today|since)|came (round|to) (straight away|immediately|right away|quickly|in seconds|within seconds|after a (few )?(seconds?|minute))|woke up (in|within|after) (a few )?seconds|(cleared|coughed) it (up )?(himself|herself|myself|themselves)|laughed it off)\b")]
    private static partial Regex PassedEpisode();

    [GeneratedRegex(@"\b(but|though|tho|although|except|again|worse|worsening|returned|came back(?! (in|within|after|to normal|normal|fine))|started (up )?again|keeps|kept|still (\w+ing|has|have|cant|wont|isnt|not|feel\w*|there))\b")]
    private static partial Regex Relapse();

    [GeneratedRegex(@"\b((nobody|no one|noone|no ones|nobodys) (is |was |has been |s |here is )?(ill|sick|unwell|hurt|injured|poorly|in danger|affected)|nothing (has )?happened( to (anyone|anybody|us|me|him|her))?(?! yet)|no incident|(just )?(writing|making|updating|drafting) (a|the|our|my) (\w+ ){0,2}(policy|procedure|leaflet|newsletter|poster|risk assessment|handbook)|(its|it is|this is) (just )?for (a|the|our|my) (\w+ ){0,2}(leaflet|newsletter|policy|poster|course|class|project|assignment|essay|handbook))\b")]
    private static partial Regex NothingHappening();
}
