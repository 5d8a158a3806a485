using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Tests.Semantic;

/// <summary>
/// The texts our run of the models is compared on with the SentenceTransformers packages' own: every question of the
/// answers' training file, every title, question and passage of the repository's knowledge, and texts that reach the
/// tokenizer's corners (line breaks, tabs, a word over 50 characters, unknown scripts, a message over 512 tokens).
/// </summary>
internal static class PackageTexts
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var texts = File.ReadAllLines(Repository.PathOf("tests", "GutSkin.Knowledge.Tests", "Evaluation", "Answers", "train.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .Where(question => question.Length > 0)
            .ToList();
        foreach (var section in KnowledgeLoader.Load(Repository.KnowledgeDirectory).Sections)
        {
            texts.Add(section.Title);
            texts.AddRange(section.Questions);
            texts.AddRange(section.Passages);
        }

        texts.AddRange(
        [
            "",
            "   ",
            "Can probiotics help eczema?",
            "line one\r\nline two\rthree\nfour\tfive   six",
            "pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters-here x",
            "supercalifragilisticexpialidociouslyunbelievableness",
            "ÉCZÉMA, İstanbul, straße, ﬁsh, Ǆ, ΣΊΣΥΦΟΣ; 湿疹 and 🙂 with café–au–lait",
            "what about ## and ### or #hashtag @mention [SEP] [CLS] <b>bold</b> {x} |y| ~z~ `q` ^w",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z xz qj zq",
            string.Join(' ', Enumerable.Repeat("my gut and skin, probably (maybe) inflamed!", 60)),
            string.Join(' ', Enumerable.Repeat("unrecognisably-gastrointestinal", 120)),
        ]);
        return texts;
    }
}
