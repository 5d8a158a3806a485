using System.Runtime.CompilerServices;
using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Tests.Recognition;

public sealed class PersonalDataRedactorTests
{
    /// <summary>The messages of <c>personal-data-messages.tsv</c>: the text, the personal data in it, the words to keep.</summary>
    public static TheoryData<string, string, string> Messages => Load();

    [Theory]
    [MemberData(nameof(Messages))]
    public void Redact_RealMessage_LeavesNoPersonalDataAndKeepsTheQuestion(string message, string personal, string kept)
    {
        var redacted = PersonalDataRedactor.Redact(message);

        foreach (var item in Items(personal))
        {
            Assert.True(!redacted.Contains(item, StringComparison.OrdinalIgnoreCase), $"\"{item}\" survived: {redacted}");
        }

        foreach (var word in Items(kept))
        {
            Assert.True(redacted.Contains(word, StringComparison.OrdinalIgnoreCase), $"\"{word}\" was lost: {redacted}");
        }
    }

    [Fact]
    public void Messages_AreAtLeastAHundred() => Assert.True(Messages.Count >= 100, $"{Messages.Count} messages");

    [Fact]
    public void Redact_StatedName_RemovesTheWholeName()
    {
        Assert.Equal("my name is [name], can probiotics help?", PersonalDataRedactor.Redact("my name is Mary Poppins, can probiotics help?"));
    }

    [Fact]
    public void Redact_RemovesEmailPhoneAndName()
    {
        var redacted = PersonalDataRedactor.Redact("My name is Jane, email jane.doe@example.com or call +1 425 555 0100 about my rash");

        Assert.DoesNotContain("Jane", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("555", redacted, StringComparison.Ordinal);
        Assert.Contains("[email]", redacted, StringComparison.Ordinal);
        Assert.Contains("[phone]", redacted, StringComparison.Ordinal);
        Assert.Contains("about my rash", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can probiotics help eczema in 2 weeks?")]
    [InlineData("I walk 3 miles down the road every day, does exercise help psoriasis?")]
    [InlineData("Is 10000 steps a day good for gut health?")]
    public void Redact_LeavesOrdinaryQuestionsAlone(string question)
    {
        Assert.Equal(question, PersonalDataRedactor.Redact(question));
    }

    private static IEnumerable<string> Items(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TheoryData<string, string, string> Load([CallerFilePath] string sourceFile = "")
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Path.GetDirectoryName(sourceFile)!, "personal-data-messages.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            data.Add(columns[0], columns.Length > 1 ? columns[1] : string.Empty, columns.Length > 2 ? columns[2] : string.Empty);
        }

        return data;
    }
}
