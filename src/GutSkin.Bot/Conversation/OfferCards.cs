using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>The cards for the two free offers, with their buttons.</summary>
internal static class OfferCards
{
    /// <summary>The guide: its pitch and a link.</summary>
    public static ReplyCard Guide(Offer guide) =>
        new(guide.Title, guide.Pitch, [new CardButton(ReplyText.GetTheGuide, guide.Url, OpensUrl: true)]);

    /// <summary>The trial: its pitch and disclaimer, a button that starts the signup, its terms and a way to say no.</summary>
    public static ReplyCard Trial(Offer trial)
    {
        var text = string.IsNullOrWhiteSpace(trial.Disclaimer) ? trial.Pitch : $"{trial.Pitch}\n\n{trial.Disclaimer}";
        var buttons = new List<CardButton> { new(ReplyText.StartMyTrial, Phrases.StartTrial, OpensUrl: false) };
        if (!string.IsNullOrWhiteSpace(trial.TermsUrl))
        {
            buttons.Add(new CardButton(ReplyText.TrialTerms, trial.TermsUrl, OpensUrl: true));
        }

        buttons.Add(new CardButton(Phrases.NoThanks, Phrases.NoThanks, OpensUrl: false));
        return new ReplyCard(trial.Title, text, buttons);
    }
}
