using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Tests.Recognition;

/// <summary>The age gate's reading of answers to "how old are you?", as visitors type them, on 25 November 2026.</summary>
public sealed class AgeRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static TheoryData<string> Adults =>
    [
        "18", "34", "I'm 34", "im 34", "I am 18", "I'm 18 years old", "18 years old", "thirty four", "Thirty-four",
        "eighteen", "I'm eighteen", "age 52", "aged 40", "I'm 67 years young", "34 yrs", "I'm 18 and a half",
        "18 years and 2 months", "over 18", "I'm over 18", "yes I'm over 18", "18+", "18 or over", "18 or older",
        "I am older than 18", "I'm not under 18", "I turned 18 last month", "I turned 18 in March", "almost 40",
        "nearly 19", "turning 19 next month", "I'll be 30 next year", "born 3 March 1990", "born on March 3rd 1990",
        "my date of birth is 3 March 1990", "DOB 03/03/1990", "3/3/1985", "1990-03-03", "born 24 November 2008",
        "born in 1990", "I was born in 1975", "1988", "I'm 34, thanks", "sure, I'm 45",
    ];

    public static TheoryData<string> Minors =>
    [
        "17", "I am 17", "I'm 16", "sixteen", "I'm 17 years old", "17 and a half", "I'm seventeen and a half",
        "almost 18", "nearly 18", "I'm almost 18", "nearly eighteen", "not quite 18", "not 18 yet", "not yet 18",
        "I'm not 18", "turning 18 next month", "I turn 18 next week", "18 next year", "I'll be 18 next year",
        "will be 18 soon", "I will be 18 soon", "18 soon", "18 tomorrow", "I'm 18 in March", "I turn 18 in 3 weeks",
        "18 in two months", "I'll be 18 in 2027", "under 18", "I'm under 18", "I am younger than 18", "below 18",
        "not over 18", "born 3 March 2015", "born 26 November 2008", "born in 2012", "2011", "I'm about to turn 18",
        "I'm 18 this year", "fifteen",
    ];

    public static TheoryData<string> Unclear =>
    [
        "", "yes", "no", "old enough", "I'm an adult", "grown up", "34 or 35", "between 20 and 30", "in my thirties",
        "under 30", "over 16", "I turned 16 last month", "born in 2008", "my son is 12", "signing up for my mum, she's 60",
        "my daughter is 17", "I'm 2", "150", "I was born a long time ago", "why do you need that?", "ask my mum",
        "prefer not to say", "idk", "born in the 90s", "3", "34 and my husband is 36",
    ];

    [Theory]
    [MemberData(nameof(Adults))]
    public void Read_AdultAgeOrDateOfBirth_IsAdult(string answer) =>
        Assert.Equal(AgeReading.Adult, AgeRecognizer.Read(answer, Today));

    [Theory]
    [MemberData(nameof(Minors))]
    public void Read_UnderEighteenHoweverPut_IsMinor(string answer) =>
        Assert.Equal(AgeReading.Minor, AgeRecognizer.Read(answer, Today));

    [Theory]
    [MemberData(nameof(Unclear))]
    public void Read_NotAClearAge_IsUnclear(string answer) =>
        Assert.Equal(AgeReading.Unclear, AgeRecognizer.Read(answer, Today));
}
