using System.Collections.Frozen;

namespace GutSkin.Knowledge.Language;

/// <summary>
/// Tells whether a message is written in Spanish, French, German, Portuguese, Italian or Dutch rather than English,
/// from the short function words every sentence in those languages has (articles, prepositions, pronouns, question
/// words, common verbs) and from a few letters English does not use. No service and no model: the one served library
/// (Lingua) copies 72 MB of models into every build output, and a chat message of a few words needs only this.
/// English is the answer unless the foreign evidence is clear, so an English question with a foreign food or word in
/// it ("is sauerkraut good for eczema", "what about pasta e fagioli") stays English.
/// </summary>
public static class LanguageDetector
{
    // Words that are also ordinary English words or chat abbreviations ("a", "me", "son", "van", "will", "per", "hay",
    // "com" of an email address, "non" of "non-dairy") are left out: they would count for a foreign language in
    // English text. "no" is kept for Spanish and Italian ("no puedo dormir") because it counts for English too.
    private static readonly FrozenDictionary<MessageLanguage, FrozenSet<string>> Words = new Dictionary<MessageLanguage, FrozenSet<string>>
    {
        [MessageLanguage.Spanish] = Set(
            "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "de", "en", "con", "por", "para", "sobre",
            "entre", "hasta", "desde", "que", "qué", "cómo", "como", "cuál", "cuáles", "cuándo", "dónde", "quién",
            "porque", "es", "está", "están", "estoy", "soy", "tengo", "tiene", "tienen", "puedo", "puede", "pueden",
            "ayuda", "ayudan", "ayudar", "sirve", "sirven", "mi", "mis", "tu", "su", "sus", "nos", "muy", "más",
            "pero", "también", "sí", "hola", "gracias", "buenos", "buenas", "días", "tardes", "piel", "intestino",
            "intestinal", "eccema", "probióticos", "probiótico", "alimentación", "dieta", "tomar", "bueno", "buena",
            "malo", "ese", "esta", "este", "esto", "hacer", "debo", "niño", "hijo", "hija", "dolor", "picor",
            "tratamiento", "no"),
        [MessageLanguage.French] = Set(
            "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "en", "et", "est", "sont", "avec",
            "sans", "sur", "dans", "pour", "que", "qui", "quoi", "quel", "quelle", "quels", "quelles", "comment",
            "pourquoi", "quand", "où", "je", "tu", "il", "elle", "nous", "vous", "ils", "mon", "mes", "ton", "votre",
            "vos", "ce", "cette", "ces", "peut", "peuvent", "puis", "aide", "aident", "aider", "pas", "ne", "très",
            "aussi", "mais", "oui", "bonjour", "merci", "salut", "bonsoir", "peau", "intestin", "intestins",
            "eczéma", "probiotiques", "probiotique", "alimentation", "régime", "prendre", "bon", "bonne", "faut",
            "dois", "enfant", "fils", "fille", "douleur", "démangeaisons", "traitement"),
        [MessageLanguage.German] = Set(
            "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "ist",
            "sind", "mit", "ohne", "auf", "bei", "für", "von", "zu", "zum", "zur", "nach", "aus", "über", "wie",
            "warum", "wann", "wo", "welche", "welcher", "welches", "wer", "ich", "du", "sie", "wir", "ihr", "mein",
            "meine", "meinen", "dein", "ihre", "kann", "können", "hilft", "helfen", "habe", "haben", "nicht", "kein",
            "keine", "sehr", "auch", "aber", "ja", "hallo", "danke", "guten", "morgen", "haut", "darm", "ekzem",
            "neurodermitis", "schuppenflechte", "probiotika", "ernährung", "nehmen", "gegen", "sollte", "sohn",
            "tochter", "schmerzen", "juckreiz", "behandlung", "gibt", "es", "bitte", "dass", "wenn"),
        [MessageLanguage.Portuguese] = Set(
            "os", "um", "uma", "uns", "umas", "da", "dos", "das", "de", "nos", "nas", "em", "ao", "à", "por", "para",
            "sem", "sobre", "que", "quê", "como", "qual", "quais", "quando", "onde", "quem", "porque", "porquê", "é",
            "são", "está", "estão", "estou", "sou", "tem", "têm", "tenho", "posso", "pode", "podem", "ajuda",
            "ajudam", "ajudar", "serve", "meu", "minha", "meus", "minhas", "seu", "sua", "você", "muito", "mais",
            "mas", "também", "sim", "não", "olá", "obrigado", "obrigada", "bom", "boa", "dia", "pele", "intestino",
            "intestinal", "probióticos", "probiótico", "alimentação", "dieta", "tomar", "devo", "criança", "filho",
            "filha", "dor", "coceira", "tratamento", "isso", "essa", "esse"),
        [MessageLanguage.Italian] = Set(
            "il", "lo", "la", "gli", "le", "un", "una", "uno", "del", "della", "dei", "delle", "di", "da", "con",
            "su", "tra", "fra", "che", "cosa", "quale", "quali", "quando", "chi", "perché", "è", "sono", "hai",
            "hanno", "posso", "può", "possono", "aiuta", "aiutano", "aiutare", "mio", "mia", "miei", "mie", "tuo",
            "tua", "suo", "sua", "io", "mi", "ti", "ci", "molto", "più", "anche", "ciao", "grazie", "buongiorno",
            "buonasera", "pelle", "intestino", "intestinale", "probiotici", "probiotico", "alimentazione", "dieta",
            "prendere", "buono", "buona", "devo", "bambino", "figlio", "figlia", "dolore", "prurito", "trattamento",
            "questo", "questa", "aiuto", "fa", "bene", "agli", "nel", "nella", "sul", "no"),
        [MessageLanguage.Dutch] = Set(
            "de", "het", "een", "en", "van", "met", "zonder", "bij", "voor", "naar", "uit", "wat", "hoe", "waarom",
            "wanneer", "waar", "welke", "wie", "ik", "jij", "je", "hij", "zij", "wij", "mijn", "jouw", "uw", "kan",
            "kunnen", "helpt", "helpen", "heb", "heeft", "hebben", "niet", "geen", "zeer", "ook", "maar", "ja",
            "hallo", "dank", "bedankt", "goedemorgen", "huid", "darm", "darmen", "eczeem", "probiotica", "voeding",
            "dieet", "nemen", "goed", "tegen", "moet", "zoon", "dochter", "pijn", "jeuk", "behandeling", "dit",
            "zijn", "wordt"),
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> EnglishWords = Set(
        "the", "a", "an", "and", "or", "of", "to", "for", "with", "without", "on", "in", "at", "by", "from", "about",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "can", "could", "should", "would", "will",
        "may", "might", "have", "has", "had", "what", "how", "why", "when", "where", "which", "who", "i",
        "my", "me", "you", "your", "it", "this", "that", "there", "any", "some", "if", "not", "no", "yes",
        "help", "helps", "good", "bad", "get", "make", "take", "eat", "skin", "gut", "diet", "food", "stress",
        "hi", "hello", "thanks", "please", "much", "more", "than", "really", "just", "also", "but", "so", "too");

    // Particles of names and addresses ("Jane de la Cruz", "12 Rue de la Paix", "Anna van der Berg") count half, so that
    // a name or an address typed in an English conversation is not taken for a foreign sentence.
    private static readonly FrozenSet<string> NameParticles = Set(
        "de", "la", "le", "les", "el", "del", "della", "di", "da", "dos", "das", "du", "des", "van", "von", "der", "den");

    // Letters English does not use, each a sign of one language (ç and é are shared and tell nothing on their own).
    private static readonly FrozenDictionary<char, MessageLanguage> Letters = new Dictionary<char, MessageLanguage>
    {
        ['ñ'] = MessageLanguage.Spanish,
        ['¿'] = MessageLanguage.Spanish,
        ['¡'] = MessageLanguage.Spanish,
        ['œ'] = MessageLanguage.French,
        ['ê'] = MessageLanguage.French,
        ['è'] = MessageLanguage.French,
        ['ß'] = MessageLanguage.German,
        ['ä'] = MessageLanguage.German,
        ['ö'] = MessageLanguage.German,
        ['ü'] = MessageLanguage.German,
        ['ã'] = MessageLanguage.Portuguese,
        ['õ'] = MessageLanguage.Portuguese,
        ['ì'] = MessageLanguage.Italian,
        ['ò'] = MessageLanguage.Italian,
        ['ĳ'] = MessageLanguage.Dutch,
    }.ToFrozenDictionary();

    /// <summary>The language of <paramref name="text"/>; <see cref="MessageLanguage.English"/> when it is English or
    /// when there is too little to tell.</summary>
    /// <param name="text">The visitor's message.</param>
    /// <returns>The detected language.</returns>
    public static MessageLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var tokens = Tokens(lower);
        if (tokens.Count == 0)
        {
            return MessageLanguage.English;
        }

        var english = tokens.Count(EnglishWords.Contains);
        var best = MessageLanguage.English;
        var bestScore = 0.0;
        foreach (var (language, words) in Words)
        {
            var score = tokens.Where(words.Contains).Sum(t => NameParticles.Contains(t) ? 0.5 : 1.0)
                + lower.Count(c => Letters.TryGetValue(c, out var sign) && sign == language);
            if (score > bestScore)
            {
                (best, bestScore) = (language, score);
            }
        }

        // Two signs of a language and more of them than of English; or one sign in a message of one or two words with
        // nothing English in it ("hola", "danke schön").
        var clear = bestScore >= 2 && bestScore > english;
        var shortGreeting = bestScore >= 1 && english == 0 && tokens.Count <= 2;
        return clear || shortGreeting ? best : MessageLanguage.English;
    }

    private static List<string> Tokens(string lower)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && char.IsLetter(lower[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(lower[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
