using System.Text;
using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>What the signup says: its opening and the question for each step, to ask it first or again after an
/// interruption.</summary>
internal static class SignupPrompts
{
    /// <summary>The offer's wording, its terms and how to stop.</summary>
    public static Reply Intro(Offer trial)
    {
        var intro = new StringBuilder(trial.SignupWording ?? ReplyText.SignupIntro(trial.Title));
        if (!string.IsNullOrWhiteSpace(trial.TermsUrl))
        {
            intro.Append(ReplyText.TrialTermsAt(trial.TermsUrl));
        }

        return new Reply(intro.Append(ReplyText.CancelAnyTime).ToString());
    }

    /// <summary>The question for the current step.</summary>
    public static Reply For(SignupState state, Offer trial) => state.Step switch
    {
        SignupStep.Name => new Reply(ReplyText.AskName, [Phrases.Cancel]),
        SignupStep.Email => new Reply(ReplyText.AskEmail(state.Name!), [Phrases.Cancel]),
        SignupStep.EmailCheck => new Reply(ReplyText.CheckEmail(MarkdownText.Escape(EmailDomainTypos.Suggest(state.Email!) ?? state.Email), MarkdownText.Escape(state.Email)), [Phrases.Yes, Phrases.No]),
        SignupStep.Address => new Reply(ReplyText.AskAddress, [Phrases.Cancel]),
        SignupStep.Phone => new Reply(ReplyText.AskPhone, [Phrases.Skip, Phrases.Cancel]),
        SignupStep.Age => new Reply(ReplyText.AskAge, [Phrases.Cancel]),
        SignupStep.Consent => new Reply(ReplyText.AskConsent(trial.ConsentWording ?? ReplyText.DefaultConsentWording), [Phrases.Yes, Phrases.No]),
        SignupStep.Confirm => new Reply(Summary(state), [Phrases.Yes, Phrases.Cancel]),
        SignupStep.Form => TrialSignupForm.Prompt(state, trial),
        _ => new Reply(ReplyText.NoSignup),
    };

    private static string Summary(SignupState state) => ReplyText.Summary(
        MarkdownText.Escape(state.Name),
        MarkdownText.Escape(state.Email),
        MarkdownText.Escape(state.Address),
        state.Phone is null ? null : MarkdownText.Escape(state.Phone),
        state.MarketingConsent == true);
}
