using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Messages that are conversation rather than a question about health: hello, thanks, goodbye, who the bot is, asking
/// for a person. Only a short message that is nothing else counts ("thanks, and does sugar affect eczema?" is a question).
/// </summary>
internal static partial class SmallTalk
{
    private const int MaxWords = 10;

    // A plain request for a person is a handoff in a longer complaint too ("this is not helping, I need to speak to an
    // actual person at your company about a delivery"); other small talk that long carries a question.
    private const int MaxHandoffWords = 30;

    /// <summary>The kind of small talk, or null when the message is (also) a question for the knowledge.</summary>
    public static AnswerKind? Detect(string message)
    {
        var text = PlainWords.Of(message);
        var words = text.Split(' ').Length;
        if (text.Length == 0 || words > MaxHandoffWords)
        {
            return null;
        }

        if (words > MaxWords)
        {
            return PersonAsked().IsMatch(text) ? AnswerKind.Handoff : null;
        }

        // "are you a real person or ai" asks what the bot is, which "a real person" alone would take for a handoff.
        if (AboutBot().IsMatch(text))
        {
            return AnswerKind.AboutBot;
        }

        if (Handoff().IsMatch(text))
        {
            return AnswerKind.Handoff;
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


    // Hello as typed ("heyy", "helloooo"), with or without "anyone there?" or "I'm new here" after it.
    [GeneratedRegex(@"^((hi+|hel+o+|he+y+|hiya+|heya+|howdy|greetings|yo|good (morning|afternoon|evening|day)|morning|evening|hallo|hola)( there| again| all| everyone| bot| gutskin| guys)?( how are you( doing)?( today)?| hows it going| whats up| (is )?(any ?one|any ?body|someone) (there|here|around)| im new( here)?)?|how are you( doing)?( today)?|whats up|sup|(is )?(any ?one|any ?body) (there|here|around))$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^((ok|okay|great|perfect|awesome|brilliant|lovely|nice|cool|wonderful|amazing|fantastic|super|got it|that helps|that helped|that was (very |really |so )?helpful|very helpful|helpful)\s*)*(thanks|thank you|thank u|thankyou|thx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|i appreciate (it|that|your help))( (so|very) much| a lot| a bunch| again| for (the|your) (help|info|information|answer|answers)| anyway)*( (thats|that was|this is|that is) (really |very |so |super )?(helpful|useful|clear|great)| that (cleared|clears) (it|things|that) up( for me)?)?( (bye|goodbye|have a (good|nice|great) (day|one)))?$|^(got it|that helps|that helped|that was (very |really |so )?helpful|very helpful|perfect|great|awesome)$")]
    private static partial Regex Thanks();

    // One or more ways of leaving, with thanks between them ("that's all thanks bye", "that's everything, bye for now").
    [GeneratedRegex(@"^((ok|okay|right|well)\s*)?(" + Leaving + @")( for now| for today| thanks| thank you| for (the|your) help| then| " + Leaving + @")*$")]
    private static partial Regex Goodbye();

    private const string Leaving =
        @"bye|bye bye|goodbye|good bye|see you|see ya|cya|later|ttyl|take care|have a (good|nice|great) (day|one|evening)|(good ?)?night|"
        + @"(gotta|got to|have to|i have to|i need to|need to|i must) go|thats all( i (needed|wanted))?|that is all|thats it|thats everything|im done|i am done|"
        + @"no more questions|nothing else|no thats all|no thanks thats all";

    [GeneratedRegex(@"\b(who|what) (are|r) (you|u)\b|\bare (you|u) (a |an )?(bot|robot|human|real|person|ai|machine|chatbot|computer|actual person|real person)\b|\bis this (a |an )?(bot|robot|human|real person|ai|chatbot|automated)\b|\bwhat can (you|u) (do|help( me)? with)\b|\bwhat do (you|u) do\b|\bhow do (you|u) work\b|\bwho (made|built|created|programmed) (you|u|this)\b|\bwhats your name\b|\bwhat is your name\b|\bam i (talking|chatting|speaking) (to|with) (a )?(bot|robot|human|person|real person|machine|ai)\b"
        + @"|\bare (you|u) (a |an )?(doctor|nurse|dermatologist|gp|nutritionist|dietitian|medical professional|professional|expert|specialist|chat ?gpt)\b|\bis this (chat ?gpt|gpt|openai|a real (nurse|doctor))\b"
        + @"|^what is this( chat| bot| thing| service)?$|\bhow does (this|the) (chat |bot |thing |service )?work\b|\bwhat (kind of |sort of |type of )?(questions|things) can i ask\b"
        + @"|\bcan (you|u) (help|answer)( me)?( with)? (\w+ ){0,3}questions\b")]
    private static partial Regex AboutBot();

    [GeneratedRegex(@"\b(talk|speak|chat|connect me|put me through|get me through)( to| with)? (a |an |some )?(real |actual |live |human )?(person|human|someone|somebody|agent|representative|rep|staff|member of staff|customer service|customer support|support|operator|nurse|advisor|adviser|team|people)\b|\b(customer service|customer support|customer care|helpline|help desk|support team)\b|\b(real|live|human) (person|agent|human|being)\b|\bhuman please\b|\bcontact (you|you guys|the company|the brand|support|your team|someone)\b|\b(your|a) (phone number|contact number|email address|contact details)\b|\bhow (can|do) i contact\b"
        + @"|\b(someone|somebody|anyone|a person) (i|we) can (call|ring|phone|email|talk to|speak to)\b|\b(a person|someone|somebody|a human) (get back to|call|ring|phone|email) me\b"
        + @"|\b(make|making|file|have) a complaint\b|\bwho (do|can|should) i (talk|speak|complain) to\b|\b(email|call|phone|ring) (someone|somebody|a person|your team|the team)\b")]
    private static partial Regex Handoff();

    // A person asked for in so many words ("an actual person at your company", "a human being", "a live agent"), or a
    // complaint to make.
    [GeneratedRegex(@"\b(make|making|file|have) a complaint\b|\b(speak|talk|chat)( to| with) (a |an )?(real|actual|live) (person|human)\b|\b(speak|talk|chat)( to| with) (a )?(human|human being|live agent|customer service)\b|\bhuman being\b")]
    private static partial Regex PersonAsked();
}
