using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Messages that are conversation rather than a question about health: hello, thanks, goodbye, who the bot is, asking
/// for a person. Only a short message that is nothing else counts ("thanks, and does sugar affect eczema?" is a question).
/// </summary>
internal static partial class SmallTalk
{
    private const int MaxWords = 10;

    /// <summary>The kind of small talk, or null when the message is (also) a question for the knowledge.</summary>
    public static AnswerKind? Detect(string message)
    {
        var text = PlainWords.Of(message);
        if (text.Length == 0 || text.Split(' ').Length > MaxWords)
        {
            return null;
        }

        if (Handoff().IsMatch(text))
        {
            return AnswerKind.Handoff;
        }

        if (AboutBot().IsMatch(text))
        {
            return AnswerKind.AboutBot;
        }

        if (Thanks().IsMatch(text))
        {
            return AnswerKind.Thanks;
        }

        if (Goodbye().IsMatch(text))
        {
            return AnswerKind.Goodbye;
        }

        return Greeting().IsMatch(text) ? AnswerKind.Greeting : null;
    }


    [GeneratedRegex(@"^((hi|hello|hey|hiya|heya|howdy|greetings|yo|good (morning|afternoon|evening|day)|morning|evening|hallo|hola)( there| again| all| everyone| bot| gutskin| guys)?( how are you( doing)?( today)?| hows it going| whats up)?|how are you( doing)?( today)?|whats up|sup)$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^((ok|okay|great|perfect|awesome|brilliant|lovely|nice|cool|wonderful|amazing|fantastic|super|got it|that helps|that helped|that was (very |really |so )?helpful|very helpful|helpful)\s*)*(thanks|thank you|thank u|thankyou|thx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|i appreciate (it|that|your help))( (so|very) much| a lot| a bunch| again| for (the|your) (help|info|information|answer|answers)| anyway)*( (bye|goodbye|have a (good|nice|great) (day|one)))?$|^(got it|that helps|that helped|that was (very |really |so )?helpful|very helpful|perfect|great|awesome)$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^((ok|okay|right|well)\s*)?(bye|bye bye|goodbye|good bye|see you|see ya|cya|later|ttyl|take care|have a (good|nice|great) (day|one|evening)|thats all|that is all|thats it|im done|i am done|no more questions|nothing else|no thats all|no thanks thats all)( for now| for today| thanks| thank you| then)*$")]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"\b(who|what) (are|r) (you|u)\b|\bare (you|u) (a |an )?(bot|robot|human|real|person|ai|machine|chatbot|computer|actual person|real person)\b|\bis this (a |an )?(bot|robot|human|real person|ai|chatbot|automated)\b|\bwhat can (you|u) (do|help( me)? with)\b|\bwhat do (you|u) do\b|\bhow do (you|u) work\b|\bwho (made|built|created|programmed) (you|u|this)\b|\bwhats your name\b|\bwhat is your name\b|\bam i (talking|chatting|speaking) (to|with) (a )?(bot|robot|human|person|real person|machine|ai)\b")]
    private static partial Regex AboutBot();

    [GeneratedRegex(@"\b(talk|speak|chat|connect me|put me through|get me through)( to| with)? (a |an |some )?(real |actual |live |human )?(person|human|someone|somebody|agent|representative|rep|staff|member of staff|customer service|customer support|support|operator|nurse|advisor|adviser|team|people)\b|\b(customer service|customer support|customer care|helpline|help desk|support team)\b|\b(real|live|human) (person|agent|human|being)\b|\bhuman please\b|\bcontact (you|you guys|the company|the brand|support|your team|someone)\b|\b(your|a) (phone number|contact number|email address|contact details)\b|\bhow (can|do) i contact\b")]
    private static partial Regex Handoff();
}
