namespace GutSkin.LoadTest;

/// <summary>Builds the turns of one simulated conversation: the welcome, a few questions, and for some conversations a
/// full trial signup by text with an email unique to the run and the conversation.</summary>
internal static class ConversationScript
{
    private const int MixedSignupEvery = 4;
    private const string Answered = "From: ";
    private const string NotAnswered = "I don't have an answer";

    private static readonly string[] Answerable =
    [
        "Can probiotics help eczema?",
        "What is the gut-skin connection?",
        "How can I improve my gut health?",
        "Does diet affect psoriasis?",
        "What foods are good for gut health?",
    ];

    private static readonly string[] Misspelt =
    [
        "can probiotcs help exzema",
        "what is the gut skin conection",
        "how do i improve my gut helth",
        "does diet afect psoriasis",
    ];

    private static readonly string[] Unanswerable =
    [
        "What is the capital of France?",
        "How do I change a car tyre?",
        "Who won the football world cup in 1966?",
    ];

    /// <summary>The turns of conversation <paramref name="index"/>.</summary>
    public static IReadOnlyList<Turn> For(BotKind bot, TrafficMix mix, string runId, int index)
    {
        var turns = new List<Turn> { Welcome(bot) };
        if (mix != TrafficMix.Signups)
        {
            // Rotate through the lists so that every level sees the same blend of kinds.
            turns.Add(Ask(bot, Answerable[index % Answerable.Length], Answered));
            turns.Add(Ask(bot, Misspelt[index % Misspelt.Length], Answered));
            turns.Add(Ask(bot, Unanswerable[index % Unanswerable.Length], NotAnswered));
        }

        if (mix == TrafficMix.Signups || (mix == TrafficMix.Mixed && index % MixedSignupEvery == 0))
        {
            turns.AddRange(Signup(bot, SignupEmail(runId, index), index));
        }

        return turns;
    }

    /// <summary>The storm's script: the welcome, then straight into the signup.</summary>
    public static IReadOnlyList<Turn> StormSignup(BotKind bot, string runId, int index) =>
        [Welcome(bot), .. Signup(bot, SignupEmail(runId, index), index)];

    /// <summary>The email the conversation signs up with; the run id makes it unique across runs on one store.</summary>
    public static string SignupEmail(string runId, int index) => $"load-{runId}-{index}@load.example";

    private static Turn Welcome(BotKind bot) =>
        new(null, bot == BotKind.Echo ? "Welcome to the echo bot" : "I answer questions");

    private static Turn Ask(BotKind bot, string text, string expected) =>
        new(text, bot == BotKind.Echo ? $"Echo: {text}" : expected);

    private static IEnumerable<Turn> Signup(BotKind bot, string email, int index)
    {
        var phone = index % 2 == 0 ? "skip" : "07700 900123";
        var age = index % 3 == 0 ? "born on 3 March 1990" : "34";
        var consent = index % 2 == 0 ? "yes" : "no";
        (string Text, string Expected)[] steps =
        [
            ("sign me up for the trial", "What's your name?"),
            ("Jane Loadtest", "What email address"),
            (email, "shipping address"),
            ("12 High Street, Bristol, BS1 4DJ", "phone number"),
            (phone, "How old are you"),
            (age, "One last, separate question"),
            (consent, "Please check your details"),
            ("yes", "Thank you,"),
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            yield return new Turn(steps[i].Text, bot == BotKind.Echo ? $"Echo: {steps[i].Text}" : steps[i].Expected, CompletesSignup: last);
        }
    }
}
