using GutSkin.Knowledge.Language;

namespace GutSkin.Bot.Conversation;

/// <summary>The honest reply to a message in a language the articles are not written in: said in that language, that
/// the articles are in English, with an offer to answer a question asked in English. Runs after the safety screen, so
/// a red flag in any language still gets the urgent reply and nothing else.</summary>
internal static class OtherLanguageReply
{
    private static readonly Dictionary<MessageLanguage, string> Replies = new()
    {
        [MessageLanguage.Spanish] = "Lo siento: nuestros artículos solo están en inglés, así que no puedo responder bien en español. Si quieres, escribe tu pregunta en inglés y te responderé en inglés, o elige un tema.",
        [MessageLanguage.French] = "Désolé : nos articles n'existent qu'en anglais, je ne peux donc pas bien répondre en français. Si vous voulez, posez votre question en anglais et je vous répondrai en anglais, ou choisissez un sujet.",
        [MessageLanguage.German] = "Entschuldigung: Unsere Artikel gibt es nur auf Englisch, deshalb kann ich auf Deutsch nicht gut antworten. Wenn Sie möchten, stellen Sie Ihre Frage auf Englisch, dann antworte ich auf Englisch, oder wählen Sie ein Thema.",
        [MessageLanguage.Portuguese] = "Desculpe: os nossos artigos só estão em inglês, por isso não consigo responder bem em português. Se quiser, escreva a sua pergunta em inglês e eu respondo em inglês, ou escolha um tema.",
        [MessageLanguage.Italian] = "Mi dispiace: i nostri articoli sono solo in inglese, quindi non posso rispondere bene in italiano. Se vuoi, scrivi la tua domanda in inglese e ti risponderò in inglese, oppure scegli un argomento.",
        [MessageLanguage.Dutch] = "Sorry: onze artikelen zijn alleen in het Engels, dus ik kan niet goed in het Nederlands antwoorden. Als u wilt, stel uw vraag in het Engels en ik antwoord in het Engels, of kies een onderwerp.",
    };

    /// <summary>The reply when <paramref name="text"/> is in a language the articles do not cover; null for English.</summary>
    public static TurnResult? For(string text) =>
        Replies.TryGetValue(LanguageDetector.Detect(text), out var reply)
            ? new TurnResult([new Reply($"{reply}\n\n{ReplyText.EnglishOnly}", Phrases.Topics)])
            : null;
}
