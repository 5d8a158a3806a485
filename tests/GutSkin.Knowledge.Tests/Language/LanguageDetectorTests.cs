using GutSkin.Knowledge.Language;

namespace GutSkin.Knowledge.Tests.Language;

public sealed class LanguageDetectorTests
{
    // The safety set's Spanish messages, written by the safety-data helper before this detector existed.
    private const string SpanishSafetySet = "es.tsv";

    public static TheoryData<string, MessageLanguage> ForeignMessages => new()
    {
        { "¿los probióticos ayudan con el eccema?", MessageLanguage.Spanish },
        { "hola", MessageLanguage.Spanish },
        { "tengo psoriasis en los codos, qué puedo comer", MessageLanguage.Spanish },
        { "mi hijo tiene eccema, es bueno el yogur?", MessageLanguage.Spanish },
        { "no puedo dormir por el picor", MessageLanguage.Spanish },
        { "qué es el eje intestino piel", MessageLanguage.Spanish },
        { "les probiotiques aident-ils l'eczéma ?", MessageLanguage.French },
        { "bonjour", MessageLanguage.French },
        { "est-ce que le stress peut causer du psoriasis", MessageLanguage.French },
        { "quel régime pour la peau", MessageLanguage.French },
        { "j'ai de l'eczéma depuis des années, que faire ?", MessageLanguage.French },
        { "Hilft Joghurt bei Neurodermitis?", MessageLanguage.German },
        { "danke schön", MessageLanguage.German },
        { "was kann ich gegen Schuppenflechte essen", MessageLanguage.German },
        { "ist der Darm wichtig für die Haut?", MessageLanguage.German },
        { "os probióticos ajudam com eczema?", MessageLanguage.Portuguese },
        { "olá", MessageLanguage.Portuguese },
        { "o que é bom para a pele", MessageLanguage.Portuguese },
        { "minha filha tem psoríase, o que posso fazer?", MessageLanguage.Portuguese },
        { "i probiotici aiutano con l'eczema?", MessageLanguage.Italian },
        { "ciao", MessageLanguage.Italian },
        { "che cosa fa bene alla pelle", MessageLanguage.Italian },
        { "mio figlio ha la psoriasi, cosa posso fare?", MessageLanguage.Italian },
        { "helpen probiotica bij eczeem?", MessageLanguage.Dutch },
        { "wat is goed voor mijn huid", MessageLanguage.Dutch },
        { "ik heb last van jeuk, wat kan ik doen?", MessageLanguage.Dutch },
    };

    public static TheoryData<string> EnglishWithForeignWords => new()
    {
        "is sauerkraut good for eczema",
        "what about kombucha",
        "does kimchi help psoriasis",
        "can I eat pasta e fagioli with eczema",
        "is café au lait ok for my skin",
        "probiotics",
        "eczema",
        "no",
        "no thanks",
        "yes",
        "ok",
        "hi",
        "hello there",
        "Jane de la Cruz",
        "12 Rue de la Paix, Dublin D02 X285",
        "my son has eczema",
        "does the mediterranean diet help",
        "is kefir or yakult better",
        "what is psoriasis",
        "gut skin axis",
        "ta",
        "yo",
        "I read about the dieta mediterranea, does it help?",
    };

    [Theory]
    [MemberData(nameof(ForeignMessages))]
    public void Detect_ForeignMessage_NamesItsLanguage(string message, MessageLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(message));

    [Theory]
    [MemberData(nameof(EnglishWithForeignWords))]
    public void Detect_EnglishWithAForeignWordOrTooShortToTell_IsEnglish(string message) =>
        Assert.Equal(MessageLanguage.English, LanguageDetector.Detect(message));

    [Fact]
    public void Detect_EveryLabelledEnglishQuestionAndMessage_IsEnglish()
    {
        // Every question, follow-up and small-talk line the evaluation sets hold, written the way visitors type in English.
        var folder = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation");
        var files = Directory.EnumerateFiles(folder, "*.tsv", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != SpanishSafetySet)
            .Select(file => (Name: Path.GetFileName(file), Messages: File.ReadLines(file).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).ToList()))
            .ToList();

        var misfires = files
            .Select(file => (file.Name, Misfires: file.Messages.Where(m => LanguageDetector.Detect(m) != MessageLanguage.English).ToList()))
            .Where(file => file.Misfires.Count > 0)
            .Select(file => IsHeldOut(file.Name) ? $"{file.Name}: {file.Misfires.Count} (held out: not printed)" : $"{file.Name}: {string.Join(" | ", file.Misfires)}")
            .ToList();

        Assert.True(files.Sum(file => file.Messages.Count) >= 1500, $"only {files.Sum(file => file.Messages.Count)} messages read");
        Assert.True(misfires.Count == 0, string.Join(Environment.NewLine, misfires));
    }

    /// <summary>The test splits are measured by figures only: a failure here must not print their messages.</summary>
    private static bool IsHeldOut(string fileName) => fileName.StartsWith("test", StringComparison.Ordinal) || fileName.StartsWith("holdout", StringComparison.Ordinal);

    [Fact]
    public void Detect_SpanishMessagesOfTheSafetySet_AtLeastNineInTenAreSpanish()
    {
        var file = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "Safety", SpanishSafetySet);
        var messages = File.ReadLines(file).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).ToList();

        var missed = messages.Where(m => LanguageDetector.Detect(m) != MessageLanguage.Spanish).ToList();

        // Held out: the word lists were not changed after this first run (2026-11-29), which missed 3 of 30 short
        // messages made of words the lists lack ("me muero de ganas de probar el zumo"); they get the English path.
        Assert.Equal(30, messages.Count);
        Assert.True(missed.Count <= 3, $"missed {missed.Count}: {string.Join(" | ", missed)}");
    }
}
