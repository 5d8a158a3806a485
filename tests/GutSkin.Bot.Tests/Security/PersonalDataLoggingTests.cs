using GutSkin.Bot.Tests.Support;
using GutSkin.Data;

namespace GutSkin.Bot.Tests.Security;

/// <summary>What a user types in the signup or a question never reaches the logs, at any level, nor the unanswered record.</summary>
public sealed class PersonalDataLoggingTests
{
    private const string Name = "Philippa Quaintance";
    private const string Email = "philippa.quaintance@example.org";
    private const string Street = "27 Zebedee Crescent, Bristol, BS1 4DJ";
    private const string Phone = "07700 900461";
    private const string QuestionEmail = "quentin.marchbanks@example.net";
    private const string QuestionPhone = "+44 7700 900987";

    [Fact]
    public async Task SignupAndUnansweredQuestion_LeaveNoPersonalDataInLogsOrTheUnansweredRecord()
    {
        using var host = new BotHost();
        var conversation = Guid.NewGuid().ToString("N");
        string[] turns = ["sign me up for the trial", $"My name is {Name}", Email, Street, Phone, "34", "no", "yes"];
        var replies = new List<string>();
        foreach (var turn in turns)
        {
            replies.AddRange(await host.SayAsync(turn, conversation));
        }

        var question = $"Do you ship quantum flux capacitors to Saturn? Write to {QuestionEmail} or ring {QuestionPhone}";
        var noAnswer = await host.SayAsync(question, conversation);

        Assert.Contains(replies, r => r.Contains("on its way", StringComparison.Ordinal));
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None), l => l.Email == Email);
        Assert.Contains(noAnswer, r => r.Contains("passed your question on", StringComparison.Ordinal));
        var recorded = Assert.Single(await host.Service<IUnansweredQuestionStore>().SummaryAsync(CancellationToken.None)).Question;
        Assert.Contains("[email]", recorded, StringComparison.Ordinal);
        Assert.Contains("[phone]", recorded, StringComparison.Ordinal);
        var logs = host.Logs.Entries;
        Assert.NotEmpty(logs);
        foreach (var secret in new[] { Name, "Quaintance", Email, Street, "Zebedee", Phone, "900461", QuestionEmail, QuestionPhone, "900987" })
        {
            Assert.DoesNotContain(secret, recorded, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(logs, entry => entry.ToString().Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
