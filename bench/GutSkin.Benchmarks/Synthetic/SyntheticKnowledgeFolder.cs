using System.Globalization;
using System.Text;
using static GutSkin.Benchmarks.Synthetic.SyntheticVocabulary;

namespace GutSkin.Benchmarks.Synthetic;

/// <summary>
/// Writes a large knowledge folder in the same format as <c>knowledge/gut-skin-article/*.md</c>: YAML front
/// matter (id, title, tags, questions, related, source) and 2-4 paragraphs per section, ten sections per
/// article folder, plus copies of the real <c>synonyms.txt</c> and <c>offers.yml</c>. A fixed seed makes
/// every run benchmark the same text.
/// </summary>
internal static class SyntheticKnowledgeFolder
{
    /// <summary>The size the targets are stated for.</summary>
    public const int DefaultSections = 10_000;

    private const int Seed = 20_261_125;
    private const int SectionsPerArticle = 10;
    private const string SynonymsFile = "synonyms.txt";
    private const string OffersFile = "offers.yml";

    private static readonly Lazy<string> SharedFolder = new(CreateShared, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// A folder of <see cref="DefaultSections"/> sections, generated on first use in this process into a temp
    /// folder that is deleted when the process exits.
    /// </summary>
    public static string Shared => SharedFolder.Value;

    /// <summary>Writes <paramref name="sectionCount"/> sections and the two data files into <paramref name="directory"/>.</summary>
    public static void Write(string directory, int sectionCount, string knowledgeDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sectionCount, 1);
        Directory.CreateDirectory(directory);
        File.Copy(Path.Combine(knowledgeDirectory, SynonymsFile), Path.Combine(directory, SynonymsFile), overwrite: true);
        File.Copy(Path.Combine(knowledgeDirectory, OffersFile), Path.Combine(directory, OffersFile), overwrite: true);

        var random = new Random(Seed);
        for (var first = 0; first < sectionCount; first += SectionsPerArticle)
        {
            var article = (first / SectionsPerArticle) + 1;
            var plans = Enumerable.Range(first, Math.Min(SectionsPerArticle, sectionCount - first))
                .Select(number => Plan(random, number + 1))
                .ToList();
            var folder = Path.Combine(directory, $"article-{article:D4}");
            Directory.CreateDirectory(folder);
            for (var i = 0; i < plans.Count; i++)
            {
                var related = plans.Where(p => p != plans[i]).OrderBy(_ => random.Next()).Take(random.Next(2, 4)).Select(p => p.Id);
                var text = Render(random, plans[i], related, article);
                File.WriteAllText(Path.Combine(folder, $"{i + 1:D2}-{plans[i].Id}.md"), text);
            }
        }
    }

    private static string CreateShared()
    {
        var directory = Directory.CreateTempSubdirectory("gutskin-bench-knowledge-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        Write(directory, DefaultSections, KnowledgeSets.ArticleDirectory);
        return directory;
    }

    private static SectionPlan Plan(Random random, int number)
    {
        var kind = (TopicKind)random.Next(4);
        var topic = Pick(random, kind switch
        {
            TopicKind.Food => Foods,
            TopicKind.Nutrient => Nutrients,
            TopicKind.Lifestyle => Lifestyle,
            _ => Triggers,
        });
        var condition = Pick(random, Conditions);
        var id = $"{Slug(condition)}-{Slug(topic)}-{number:D5}";
        return new SectionPlan(id, kind, condition, topic, Pick(random, GutTerms));
    }

    private static string Render(Random random, SectionPlan plan, IEnumerable<string> related, int article)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"id: {plan.Id}\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Title(random, plan)}\n");
        text.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", Tags(random, plan))}]\n");
        text.Append("questions:\n");
        foreach (var question in Questions(random, plan))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {question}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"related: [{string.Join(", ", related)}]\n");
        text.Append(CultureInfo.InvariantCulture, $"source: https://example.com/blog/synthetic-article-{article:D4}\n");
        text.Append("---\n");
        var paragraphs = Enumerable.Range(0, random.Next(2, 5))
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random, plan))));
        text.Append(string.Join("\n\n", paragraphs));
        text.Append('\n');
        return text.ToString();
    }

    private static string Title(Random random, SectionPlan plan)
    {
        var (condition, topic, gut) = (TitleCase(plan.Condition), TitleCase(plan.Topic), TitleCase(Bare(plan.GutTerm)));
        var first = random.Next(2) == 0;
        return plan.Kind switch
        {
            TopicKind.Food => first ? $"How Does {topic} Affect {condition}?" : $"Can Eating {topic} Help With {condition} and {gut}?",
            TopicKind.Nutrient => first ? $"Can {topic} Help With {condition}?" : $"What is the Link Between {topic} and {condition}?",

            // Content staff quote a title with a colon in it; so does the generator.
            TopicKind.Lifestyle => first ? $"How Does {topic} Affect {condition} and {gut}?" : $"\"{condition} and {topic}: What the Research Says\"",
            _ => first ? $"Should You Avoid {topic} if You Have {condition}?" : $"Does {topic} Make {condition} Worse?",
        };
    }

    private static IEnumerable<string> Tags(Random random, SectionPlan plan) =>
        new[] { plan.Condition, plan.Topic, Bare(plan.GutTerm), Pick(random, Symptoms), Pick(random, Lifestyle), Pick(random, Nutrients), Pick(random, Populations), Pick(random, Foods) }
            .Select(t => t.ToLowerInvariant())
            .Distinct()
            .Take(random.Next(4, 9));

    private static IEnumerable<string> Questions(Random random, SectionPlan plan)
    {
        var (c, t, g) = (plan.Condition, plan.Topic, Bare(plan.GutTerm));
        string[] all =
        [
            $"What is {c}?", $"Can {t} help {c}?", $"Does {t} affect {c}?", $"Is {c} linked to gut health?",
            $"How does {g} affect {c}?", $"What causes {c}?", $"Should I try {t} for my skin?",
            $"What does research say about {t} and {c}?", $"Can {t} improve {g}?", $"Is {t} good for gut health?",
            $"Why does my {c} flare up?", $"What helps {c} naturally?",
        ];
        return all.OrderBy(_ => random.Next()).Take(random.Next(5, 11));
    }

    private static string Sentence(Random random, SectionPlan plan)
    {
        string P(string[] words) => Pick(random, words);
        var (c, t, g) = (plan.Condition, plan.Topic, plan.GutTerm);
        var topicEffect = plan.Kind == TopicKind.Trigger
            ? $"{t} {P(Hedges)} {P(Harms)} {g} and make {P(Symptoms)} worse"
            : $"{t} {P(Hedges)} {P(Supports)} {g} and {P(Supports)} the skin barrier";
        var sentence = random.Next(12) switch
        {
            0 => $"{c} is a {P(Adjectives)} skin condition characterized by {P(Symptoms)}, {P(Symptoms)}, and {P(Symptoms)}.",
            1 => $"Research has shown that {g} {P(Hedges)} play a role in {c}, especially in {P(Populations)}.",
            2 => $"One {P(Studies)} found that {P(Populations)} with {c} had {P(Changes)} compared to those without it.",
            3 => $"A {P(Studies)} by {P(Surnames)} and colleagues followed {random.Next(20, 900)} {P(Populations)} for {P(Durations)} and reported {P(Findings)} results for {t}.",
            4 => $"{topicEffect}.",
            5 => $"Eating more {P(Foods)} and {P(Foods)} adds {P(Nutrients)} to the diet, which {P(Hedges)} {P(Supports)} {g}.",
            6 => $"Avoiding {P(Triggers)} and {P(Triggers)} {P(Hedges)} reduce {P(Symptoms)} in people with {c}.",
            7 => $"Scientists believe {P(Mechanisms)} links {g} to {P(Symptoms)} through {P(Mechanisms)}.",
            8 => $"People who add {P(Lifestyle)} to their week often report less {P(Symptoms)} and calmer skin.",
            9 => $"More research is needed to understand how {t} affects {c}, but early results are {P(Findings)}.",
            10 => $"{P(Populations)} with {P(Adjectives)} {c} sometimes notice that {P(Triggers)} brings on {P(Symptoms)} within {P(Durations)}.",
            _ => $"Because {g} and the skin share {P(Mechanisms)}, changes in one {P(Hedges)} show up in the other.",
        };
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Bare(string phrase) =>
        phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase.StartsWith("a ", StringComparison.Ordinal) ? phrase[2..] : phrase;

    private static string TitleCase(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Slug(string phrase)
    {
        var slug = new StringBuilder();
        foreach (var ch in phrase.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(ch);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
