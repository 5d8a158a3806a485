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
            // Thanks, goodbye and hello match a whole message, however long: "ok thats all i needed for now, thanks for your
            // help, bye" is nothing else.
            return PersonAsked().IsMatch(text) ? AnswerKind.Handoff : Whole(text);
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

        return Whole(text);
    }

    /// <summary>
    /// The kind of small talk a message opens with when the rest of it asks nothing ("thank you so much, i've been trying
    /// to figure that out for ages", "hi there, my friend sent me this link so just having a look around"), or null. For a
    /// message the knowledge declined: one that opens with thanks and then asks, or names what it answers, is a question.
    /// </summary>
    public static AnswerKind? Opening(string message)
    {
        var text = message.Trim();
        var plain = PlainWords.Of(text);
        if (text.Contains('?', StringComparison.Ordinal) || plain.Split(' ').Length > MaxHandoffWords || Asks().IsMatch(text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal)))
        {
            return null;
        }

        // Hello or thanks as a clause of its own ("hi there, ..."); thanks also run into the rest ("omg thank you this is the
        // first thing that explained it"), which hello is not: "morning sickness..." is no greeting.
        var clause = ClauseBreak().Match(text);
        if (clause.Success && clause.Index + clause.Length < text.Length && Whole(PlainWords.Of(text[..clause.Index])) is { } kind and not AnswerKind.Goodbye)
        {
            return kind;
        }

        return ThanksFirst().IsMatch(plain) ? AnswerKind.Thanks : null;
    }

    // Thanks, goodbye or hello that is the whole of the plain words.
    private static AnswerKind? Whole(string text) =>
        Thanks().IsMatch(text) ? AnswerKind.Thanks
        : Goodbye().IsMatch(text) ? AnswerKind.Goodbye
        : Greeting().IsMatch(text) ? AnswerKind.Greeting
        : null;

    // A question or a request after the opening ("thanks, so what should I eat", "hi, my son has eczema, any tips"): a
    // question word starting a clause, or a word that asks.
    [GeneratedRegex(@"(^|[,.;:!]\s*|\b(and|so|but|also|then|now|ok|okay)\s+)(can|could|does|do|did|is|are|was|were|will|would|should|what|whats|how|hows|why|when|where|which|who|shall|may|any)\b|\b(wondering|want to know|wanna know|like to know|tell me|explain|tips|advice|ideas|help|question|questions|ask|asking|recommend|suggest)\b")]
    private static partial Regex Asks();

    [GeneratedRegex(@"[,.;:!]|\s-\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^((ok|okay|omg|oh|wow|aw+) )*(thanks|thank you|thank u|thankyou|thx|tysm|cheers|many thanks)\b(?! (to|for nothing)\b)")]
    private static partial Regex ThanksFirst();

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
