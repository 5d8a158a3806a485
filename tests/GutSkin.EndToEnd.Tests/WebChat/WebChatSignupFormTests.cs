using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>The trial signup as one Adaptive Card form in the real Web Chat, against the real bot process.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebChatSignupFormTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task SignupForm_WithBadPostcodeAndMistypedEmail_ShowsErrorsNextToTheFields_ThenStoresTheCorrectedLead()
    {
        // Arrange
        var id = Guid.NewGuid().ToString("N");
        var typed = $"jane.form.{id}@gmial.com";
        var corrected = $"jane.form.{id}@gmail.com";
        var page = await fixture.NewPageAsync();
        var chat = new WebChatPage(page);
        await chat.OpenAsync(fixture.Bot.BaseAddress);
        await chat.WaitForBotAsync("not medical advice");

        // Act: ask for the trial and fill in the form, with a ZIP where a UK postcode goes and a slip in the domain.
        await chat.SayAsync("sign me up for the free trial", "I just need a few details");
        var form = Latest(page);
        await form.GetByLabel("Your name").FillAsync("Jane Tester");
        await form.GetByLabel("Email address").FillAsync(typed);
        await form.GetByLabel("Your age, or your date of birth").FillAsync("3 March 1990");
        await form.GetByLabel("Street, and town or city").FillAsync("12 High Street, Bristol");
        await form.GetByLabel("Postcode or ZIP").FillAsync("90210");
        await form.GetByLabel("Country").SelectOptionAsync("GB");
        await Assertions.Expect(form.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
        await AssertNoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("signup-form-filled") });
        await Send(form);

        // Assert: the form comes back with the values kept and each error right under its field.
        await chat.WaitForBotAsync("Some details need another look");
        var again = Latest(page);
        var postcodeError = again.GetByText("look like a postcode in United Kingdom");
        await Assertions.Expect(postcodeError).ToBeVisibleAsync();
        await Assertions.Expect(again.GetByText($"Did you mean {corrected}?")).ToBeVisibleAsync();
        await Assertions.Expect(again.GetByLabel("Postcode or ZIP")).ToHaveValueAsync("90210");
        await Assertions.Expect(again.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Email address" })).ToHaveValueAsync(typed);
        await Assertions.Expect(again.GetByLabel("Your name")).ToHaveValueAsync("Jane Tester");
        await AssertJustBelowAsync(again.GetByLabel("Postcode or ZIP"), postcodeError, again.GetByLabel("Country"));
        await AssertNoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("signup-form-errors"), FullPage = true });
        Assert.DoesNotContain(await LeadReader.ListAsync(fixture.Bot.DataDirectory), l => l.Email == typed || l.Email == corrected);

        // Act: correct the postcode, take the suggested address, tick the marketing box, send, and confirm the summary.
        await again.GetByLabel("Postcode or ZIP").FillAsync("BS1 4DJ");
        await again.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = "use the suggested address" }).CheckAsync();
        await again.GetByRole(AriaRole.Checkbox).CheckAsync();
        await Send(again);
        var summary = await chat.WaitForBotAsync("Please check your details");
        Assert.Contains(corrected, summary, StringComparison.Ordinal);
        Assert.Contains("BS1 4DJ, United Kingdom", summary, StringComparison.Ordinal);
        var summaryItems = chat.BotMessagesLocator.Filter(new LocatorFilterOptions { HasText = "Please check your details" }).Last.Locator("li");
        await Assertions.Expect(summaryItems).ToHaveCountAsync(6); // the text steps' Markdown list, rendered as a list
        await chat.SuggestedAction("Yes").ClickAsync();
        await chat.WaitForBotAsync("Thank you, Jane Tester!");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("signup-form-done"), FullPage = true });

        // Assert: one lead, as corrected, with the consent the box gave.
        var lead = Assert.Single(await LeadReader.ListAsync(fixture.Bot.DataDirectory), l => l.Email == corrected);
        Assert.Equal("Jane Tester", lead.Name);
        Assert.Equal("12 High Street, Bristol, BS1 4DJ, United Kingdom", lead.Address);
        Assert.True(lead.AgeConfirmed);
        Assert.True(lead.MarketingConsent);
        Assert.NotNull(lead.ConsentVersion);
        Assert.Equal("webchat", lead.Channel);
        await page.Context.CloseAsync();
    }

    // The form sent last (Web Chat keeps the earlier ones in the transcript).
    private static ILocator Latest(IPage page) =>
        page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { Has = page.GetByLabel("Postcode or ZIP") }).Last;

    private static Task Send(ILocator form) =>
        form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send my details" }).ClickAsync();

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page)
    {
        var serious = await Axe.SeriousViolationsAsync(page.MainFrame);
        Assert.True(serious.Count == 0, "axe found: " + string.Join("; ", serious));
    }

    private static async Task AssertJustBelowAsync(ILocator field, ILocator error, ILocator nextField)
    {
        // Measured in one evaluation: Web Chat scrolls the transcript as activities arrive, and positions read one by one
        // could come from different scroll offsets.
        var handles = new[] { await field.ElementHandleAsync(), await error.ElementHandleAsync(), await nextField.ElementHandleAsync() };
        var box = await field.Page.EvaluateAsync<double[]>(
            "([f, e, n]) => { const r = [f, e, n].map(x => x.getBoundingClientRect()); return [r[0].top, r[0].bottom, r[1].top, r[2].top]; }",
            handles);
        var (fieldTop, fieldBottom, errorTop, nextTop) = (box[0], box[1], box[2], box[3]);
        Assert.True(errorTop >= fieldBottom && errorTop < nextTop, $"The error at y={errorTop} is not between its field (y={fieldTop} to {fieldBottom}) and the next field (y={nextTop}).");
    }
}
