using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// A sign told as possible, feared or prevented, not happening (round 18): "worried she might get meningitis at uni",
// "can you get a clot on a 3 hour flight", "flashing lights could trigger seizures", "what to do if she has a fit", "can
// food prevent strokes". Read in the clause of the sign only, just before it, so reassurance elsewhere in the message
// ("I've had piles before but nothing like this") hides nothing. Read by the phrase rules only: the semantic model was
// fitted on the features of RedFlagContext.Read, which this does not change.
internal static partial class RedFlagContext
{
    /// <summary>True when the words just before the sign in its clause make it a possibility, a fear or something to prevent.</summary>
    private static bool Possible(string text, int at)
    {
        var (start, _) = Around(text, at, ClauseBreaks());
        return PossibleSign().IsMatch(text[start..at]);
    }

    // "might get", "could trigger", "can you get", "may develop" (not "could have", "might be having": a sign now); "to
    // prevent", "reduce the risk of"; "if she has a", "in case he gets" (not "if she has another": one has happened).
    [GeneratedRegex(@"\b(might|could|may|can|would|will) ((i|you|he|she|they|we|it|that|this|\w+s) )?(ever )?(get|develop|catch|trigger|cause|bring on|lead to|end up with|give (me|him|her|them|you|us|people|someone|kids|children)( an?)?)\s+([\w-]+\s+){0,3}$|\b(prevent\w*|avoid\w*|protect\w* (\w+ )?(against|from)|ward off|(reduce|lower|minimi[sz]e) (the |my |his |her |your |our |their )?(risk|chances?) of)\s+([\w-]+\s+){0,3}$|\b(if|in case|incase) (i|he|she|they|you|we|(my|our|his|her) \w+) (ever )?(has|have|gets|get|goes into|go into|starts|start|develops|develop) (an? |any )?$|\bwatch(ing)? out for\s+([\w-]+\s+){0,3}$")]
    private static partial Regex PossibleSign();
}
