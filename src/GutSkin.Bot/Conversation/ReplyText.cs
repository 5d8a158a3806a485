namespace GutSkin.Bot.Conversation;

/// <summary>Every English sentence the bot says in a conversation, in one place, so that wording is reviewed together
/// and can later be translated (the emergency numbers are the knowledge library's; the offers' wording is offers.yml's).
/// Tests and the end-to-end suite assert some of these byte for byte.</summary>
internal static class ReplyText
{
    // Welcome, help and the disclaimer.
    public const string Disclaimer = "This is general information from our articles, not medical advice: please talk to a doctor about your own health.";
    public const string WhatICanDo = "Hi! I answer questions about the gut-skin connection (eczema, psoriasis, probiotics, diet and stress) from our articles, and I can send you our free gut health guide.";
    public const string Help = WhatICanDo + " Ask a question in your own words, or pick a topic. You can also say \"send me the guide\", \"sign me up for the trial\", \"start over\" or \"delete my data\".";

    // Messages that cannot be read as a question.
    public const string OnlyText = "I can only read text messages, so I can't open files or pictures. Please type your question.";
    public const string NothingTyped = "I didn't catch that. Please type your question, for example: Can probiotics help eczema?";
    public const string TooLong = "That's a long message! Please ask your question in a sentence or two.";
    public const string EnglishOnly = "(Our articles are in English only: ask me in English and I'll answer, or pick a topic.)";

    // Commands.
    public const string NothingToCancel = "There's nothing to cancel. Ask me anything about gut health and skin.";
    public const string SignupCancelled = "Okay, I've stopped the signup and discarded what you typed. Ask me anything about gut health and skin.";
    public const string ResumeSignup = "Now, back to your free trial signup. ";

    // Feedback and "tell me more".
    public const string FeedbackWithoutAnswer = "Thanks! Ask me anything else about gut health and skin.";
    public const string FeedbackHelpful = "Thanks for letting me know! Anything else you'd like to know?";
    public const string FeedbackNotHelpful = "Thanks for telling me: I'll pass it on so we can improve our articles. You could try asking another way, or pick a topic.";
    public const string NothingToTellMoreAbout = "Ask me a question first, and then I can tell you more about it.";

    // Answers.
    public const string WasThisHelpful = "Was this helpful?";
    public const string HelpfulOrDidYouMean = "Was this helpful? Or did you mean one of these?";
    public const string NoneOfTheseChosen = "Sorry I couldn't find it. Could you put it another way? Or pick a topic.";
    public const string NoAnswer = "I don't have an answer to that in our articles, and I'd rather not guess. I've passed your question on to our content team.";
    public const string ArticlesCover = "\n\nHere's what our articles cover:\n";
    public const string QuotedFrom = "\n\nFrom: ";
    public const string ReadTheArticle = "\n\nRead the article: ";
    public const string ClinicianReferral = "That's a question for a doctor, pharmacist or midwife who knows your situation: I can't give advice on doses, medicines, pregnancy or babies. I'm happy to share general information about the gut-skin connection.";
    public const string NoProductClaims = "I can't make health claims about Life Greens: it is a food supplement, not a treatment.";
    public const string ArticlesInstead = " Our articles explain what research says about gut health and skin: pick a topic, or ask about one.";

    // Small talk.
    public const string HelloAgain = "Hello again! What would you like to know about gut health and skin?";
    public const string YoureWelcome = "You're welcome! Anything else you'd like to know?";
    public const string Goodbye = "Thanks for chatting. Take care, and come back any time with another question.";
    public const string AboutBot = "I'm GutSkin's assistant, a bot: I answer questions about the gut-skin connection (eczema, psoriasis, probiotics, diet and stress) from our articles, and I can send you our free gut health guide. I'm not a doctor and can't give medical advice.";
    public const string NoPerson = "I'm a bot, so I can't put you through to a person here. ";
    public const string NotUnderstood = "Sorry, I didn't understand that. Could you ask your question in a few words? For example: Can probiotics help eczema?";

    // Offers.
    public const string OffersDeclined = "No problem, I won't mention them again. Ask me anything else about gut health and skin.";
    public const string OfferUnavailable = "Sorry, that isn't available right now. Please try again later.";
    public const string GuideNoSignup = "Here's our free guide: no signup needed.";
    public const string GoFurther = "Want to go further? Both of these are free:";
    public const string GetTheGuide = "Get the free guide";
    public const string StartMyTrial = "Start my free trial";
    public const string TrialTerms = "Trial terms";
    public const string PrivateSignup = "I don't collect personal details where others can read them. Send me a private message (select my name, then Chat) and say \"sign me up for the trial\" there.";

    // The trial signup, one question at a time.
    public const string SignupUnavailable = "Sorry, the free trial isn't available right now, so I've stopped the signup. Please try again later.";
    public const string DefaultConsentWording = "Would you like occasional emails from us with tips and offers?";
    public const string Minor = "Sorry, the free trial is only for adults aged 18 or over, so I can't sign you up. I've discarded the details you gave me. You're welcome to keep asking me questions.";
    public const string CancelAnyTime = " You can type cancel at any time.";
    public const string AskName = "What's your name?";
    public const string AskAddress = "What's the shipping address for your free 3-day supply? Please include the street, town or city, and postcode or ZIP.";
    public const string AskPhone = "What's a phone number for the delivery? It's optional: type skip if you'd rather not give one.";
    public const string AskAge = "The trial is for adults only. How old are you? (Your age, like 34, or your date of birth.)";
    public const string NoSignup = "Would you like the free trial? Just say \"sign me up\".";
    public const string EmailGivenUp = "Sorry, I still couldn't read an email address, so I've stopped the signup and discarded what you typed. You can ask for the free trial again at any time.";
    public const string NotSignedUp = "No problem: I haven't signed you up, and I've discarded those details.";
    public const string EmailAlreadyUsed = "That email address has already been used for the free trial, so I haven't signed it up again or changed its details. I've discarded what you typed.";

    // What is wrong with a signup answer.
    public const string BadName = "Please tell me just your name, for example: Jane Smith.";
    public const string BadEmail = "That doesn't look like an email address. Please type it like this: jane@example.com";
    public const string BadAddress = "That doesn't look like a full address. Please include the street, town or city, and postcode or ZIP, for example: 12 High Street, Bristol, BS1 4DJ";
    public const string BadStreet = "Please give the street and the town or city, for example: 12 High Street, Bristol";
    public const string BadPhone = "That doesn't look like a phone number. Please type it like 07700 900123 or +1 425 555 0100, or type skip.";
    public const string BadAge = "I couldn't read your age there. Please type how old you are today, like 34, or your date of birth, like 3 March 1990.";
    public const string BadYesNo = "Please answer yes or no.";

    // The visitor's data.
    public const string AreYouSureToDelete = "Are you sure? This deletes your trial signup, your feedback, the questions you asked and this conversation's history, and it can't be undone.";
    public const string NothingDeleted = "Okay, I haven't deleted anything.";
    public const string PrivateDataOnly = "I only show personal data in a private chat. Send me a private message (select my name, then Chat) and ask \"show my data\" there.";
    public const string NoLeadStored = "I have no signup stored for you.";
    public const string LeadStored = "Here is the signup I have stored for you:";
    public const string LeadsStored = "Here are the signups I have stored for you:";
    public const string FreeTrial = "Free trial";
    public const string SignupInProgressStored = "\n\nYour signup in progress holds what you've typed so far; say cancel to discard it.";
    public const string KeptWithoutName = "\n\nYour feedback on answers and the questions I couldn't answer are kept without your name or contact details. Say \"delete my data\" to delete all of it.";
    public const string DeletedLeads = "your trial signup";
    public const string DeletedUnconfirmedSignup = "the signup waiting for your email confirmation";
    public const string DeletedUnconfirmedSignups = "the signups waiting for your email confirmation";
    public const string DeletedUnfinishedSignup = "the signup you hadn't finished";
    public const string DeletedUnfinishedSignups = "the signups you hadn't finished";
    public const string DeletedFeedback = "your feedback";
    public const string DeletedQuestions = "the questions you asked";
    public const string DeletedConversation = "this conversation's history";
    public const string NothingElseStored = " I had nothing else stored about you.";

    // The signup form card.
    public const string FormTypedInstead = "Please fill in the signup form above and press \"Send my details\". You can also type cancel.";
    public const string FormNotWaiting = "That signup form has already been sent or was cancelled, so I haven't used it again. Say \"sign me up for the trial\" to start a new one.";
    public const string FormUnreadable = "Sorry, I couldn't read that form. Please fill it in again and press \"Send my details\".";
    public const string FormFillIn = "Please fill in this form and press \"Send my details\".";
    public const string FormCheckEmail = "One more thing before I send it: please check your email address below.";
    public const string FormCheckFields = "Some details need another look: please check the fields marked below.";
    public const string FormChooseCountry = "Please choose the country to send the trial to.";

    /// <summary>What a postcode looks like, for the form's error message, by country code.</summary>
    public static readonly IReadOnlyDictionary<string, string> PostcodeExamples = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["GB"] = "a UK postcode, like BS1 4DJ",
        ["IE"] = "an Eircode, like D02 X285",
        ["US"] = "a ZIP code, like 20500 or 20500-0001",
        ["CA"] = "a Canadian postal code, like K1A 0B1",
        ["AU"] = "an Australian postcode, like 2000",
    };

    /// <summary>The signup's opening line when the offer has no wording of its own.</summary>
    public static string SignupIntro(string trialTitle) => $"Great! I just need a few details for the {trialTitle}.";

    /// <summary>Where the trial's terms are, after the opening line.</summary>
    public static string TrialTermsAt(string termsUrl) => $" The trial's terms: {termsUrl}";

    /// <summary>The email question, with the name as the name check accepted it (letters, spaces and -'.).</summary>
    public static string AskEmail(string name) => $"Thanks, {name}. What email address should we send the trial details to?";

    /// <summary>"Did you mean" for a mistyped email domain; both addresses already escaped.</summary>
    public static string CheckEmail(string suggested, string typed) => $"Did you mean {suggested}? You typed {typed}.";

    /// <summary>The marketing question, asked on its own.</summary>
    public static string AskConsent(string wording) => $"One last, separate question: {wording} You'll get the trial either way.";

    /// <summary>The reply to a confirmed signup; name and email already escaped.</summary>
    public static string TrialOnItsWay(string name, string email) =>
        $"Thank you, {name}! Your free 3-day Life Greens trial is on its way to you, and we'll email {email} when it ships.";

    /// <summary>The summary shown before the visitor confirms; every value already escaped.</summary>
    public static string Summary(string name, string email, string address, string? phone, bool marketing) =>
        $"Please check your details:\n\n- Name: {name}\n- Email: {email}\n- Shipping address: {address}\n- Phone: {phone ?? "(none)"}\n"
        + $"- Aged 18 or over: yes\n- Emails with tips and offers: {(marketing ? "yes" : "no")}\n\nShall I send your free trial?";

    /// <summary>One stored signup as its owner sees it; every value already escaped, <paramref name="consent"/> from
    /// <see cref="ConsentAnswered"/> or empty.</summary>
    public static string StoredLead(string offer, string name, string email, string? address, string? phone, bool adult, bool marketing, string consent) =>
        $"\n\n**{offer}**\n\n- Name: {name}\n- Email: {email}\n- Shipping address: {address ?? "(none)"}\n- Phone: {phone ?? "(none)"}\n"
        + $"- Aged 18 or over: {(adult ? "yes" : "no")}\n- Emails with tips and offers: {(marketing ? "yes" : "no")}{consent}";

    /// <summary>When the marketing question was answered, and the wording's version if known.</summary>
    public static string ConsentAnswered(string at, string? version) =>
        version is null ? $" (answered {at})" : $" (answered {at}, consent wording version {version})";

    /// <summary>When a stored signup was made and changed, and where.</summary>
    public static string StoredLeadDates(string created, string updated, string channel) =>
        $"\n- Signed up: {created}, last updated {updated}, in {channel}";

    /// <summary>The heading of a stored signup still waiting for its email confirmation.</summary>
    public static string WaitingForConfirmation(string expires) =>
        $"\n\nWaiting for you to confirm by email (the link works until {expires}; unconfirmed, it is deleted):";

    /// <summary>What "delete my data" deleted, from the list of what it found.</summary>
    public static string Deleted(string list, string nothingElse) => $"Done: I've deleted {list}.{nothingElse}";

    /// <summary>A list's last item joined to the others.</summary>
    public static string AndLast(string others, string last) => $"{others} and {last}";

    /// <summary>The form's error under a postcode that does not fit the chosen country.</summary>
    public static string PostcodeNotIn(string country, string example) => $"That doesn't look like a postcode in {country}. Please type {example}.";

    /// <summary>The form's error under an email address with a mistyped domain.</summary>
    public static string DidYouMeanEmail(string corrected) => $"Did you mean {corrected}? Please choose which address is right.";

    /// <summary>The signup's confirmation email could not be sent.</summary>
    public const string ConfirmationNotSent = "I couldn't send the email to confirm your signup: please try again later. I haven't kept the details you typed.";

    /// <summary>Said after "delete my data" in a chat, when deletion by e-mailed link is available.</summary>
    public const string OtherChatsHint =
        "If you also signed up in another chat or on another device, say \"delete my data for\" followed by your email address, and I'll email you a link to delete those details too.";

    /// <summary>The signup waits for the visitor's click in the confirmation email.</summary>
    public static string CheckYourInbox(string name, string email, string hours) =>
        $"Thank you, {name}! Please check your inbox: I've sent an email to {email}. " +
        $"Select the link in it within {hours} hours to confirm your signup, and your free trial is on its way. Until then nothing is sent. " +
        "If it hasn't arrived in a few minutes, look in your spam folder.";

    /// <summary>"Delete my data for an address" while e-mail is off: only this chat's data can be deleted.</summary>
    public static string OnlyThisChat(string contact) =>
        "I can't check who an email address belongs to here, so I can only delete what was stored in this chat: say \"delete my data\" in the chat you signed up in. " +
        $"For anything else: {contact}";

    /// <summary>"Delete my data for an address": the same words whether or not the address has signed up.</summary>
    public static string DeletionLinkSent(string email, string hours, string contact) =>
        $"If details are stored under {email}, I've sent that address an email with a link to delete them; it works for {hours} hours. " +
        "For your privacy I don't say here whether an address has signed up. " +
        $"If nothing arrives within an hour (check your spam folder too): {contact}";
}
