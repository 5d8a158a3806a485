namespace GutSkin.Knowledge.Search;

/// <summary>
/// Everyday English words that shape a question but say nothing about its topic ("my son", "tell me",
/// "does it make it worse"). They are never spell-corrected, and a question is not judged unanswered for
/// failing to match them. Health topics (coffee, gluten, sleep, sun) are deliberately absent: a question
/// about one the knowledge never mentions must not be answered from it.
/// </summary>
internal static class QuestionWords
{
    /// <summary>Every such word, lower case.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "what", "whats", "what's", "how", "why", "when", "where", "which", "who", "whom", "whose", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "do", "does", "did", "doing", "done", "i", "im",
        "i'm", "ive", "i've", "me", "my", "mine", "myself", "you", "your", "yours", "u", "ur", "we", "our", "us", "he",
        "she", "him", "her", "his", "hers", "they", "them", "their", "it's", "its", "son", "daughter", "child", "kid",
        "kids", "boy", "girl", "little", "husband", "wife", "partner", "mom", "mum", "mother", "dad", "father",
        "friend", "family", "someone", "people", "person", "doctor", "doctors", "dr", "tell", "know", "knew", "known",
        "explain", "say", "says", "said", "want", "wanna", "need", "needs", "please", "pls", "thanks", "thank", "hi",
        "hello", "hey", "about", "really", "actually", "get", "gets", "got", "getting", "much", "many", "lot", "lots",
        "any", "some", "also", "just", "thing", "things", "way", "ways", "anything", "something", "mean", "means",
        "meaning", "work", "works", "worked", "good", "bad", "best", "better", "worse", "worst", "true", "truly",
        "real", "read", "info", "information", "question", "questions",
        "ask", "asking", "am", "have", "has", "had", "having", "been", "being", "affect", "affects", "affected",
        "affecting", "impact", "impacts", "cause", "causes", "caused", "causing", "help", "helps", "helped", "helping",
        "helpful", "related", "relate", "relates", "link", "links", "linked", "connected", "connection", "role",
        "play", "plays", "played", "more", "most", "less", "least", "other", "others", "another", "kind", "kinds",
        "type", "types", "sort", "sorts", "make", "makes", "made", "making", "keep", "keeps", "go", "goes", "going",
        "went", "try", "tried", "trying", "there", "here", "then", "than", "so", "very", "too", "all", "every", "each",
        "both", "either", "neither", "same", "like", "likes", "use", "uses", "used", "using", "one", "ones", "stuff",
        "lately", "recently", "now", "today", "yesterday", "soon", "ever", "never", "always", "often", "sometimes",
        "usually", "still", "already", "new", "old", "big", "small", "large", "short", "long", "high", "low", "full",
        "whole", "main", "major", "minor", "key", "important", "basic", "simple", "easy", "hard", "quick", "fast",
        "slow", "false", "right", "wrong", "sure", "certain", "possible", "probably", "maybe", "perhaps", "likely",
        "unlikely", "exactly", "especially", "only", "even", "believe", "think", "thought", "feel", "feels", "felt",
        "seem", "seems", "seemed", "look", "looks", "looking", "see", "seen", "find", "found", "show", "shows",
        "shown", "give", "gives", "given", "take", "takes", "took", "taken", "come", "comes", "came", "put", "puts",
        "set", "sets", "start", "starts", "started", "stop", "stops", "stopped", "fix", "fixes", "fixing", "fixed",
        "change", "changes", "changing", "changed", "improve", "improves", "improved", "improving", "stay", "stays",
        "away", "back", "out", "off", "up", "down", "over", "under", "again", "around", "through", "while", "since",
        "until", "before", "after", "during", "between", "among", "against", "without", "within", "into", "onto",
        "from", "with", "for", "of", "on", "in", "at", "by", "to", "tip", "tips", "advice", "idea", "ideas", "reason",
        "reasons", "fact", "facts", "point", "points", "part", "parts", "bit", "version", "thoughts", "final", "first",
        "last", "next", "example", "examples", "list", "number", "numbers", "times", "time", "day", "days", "week",
        "weeks", "month", "year", "years", "place", "places", "anyone", "everyone", "nobody", "able", "unable", "lets",
        "let", "okay", "ok", "yes", "no", "not", "dont", "don't", "doesnt", "doesn't", "isnt", "isn't", "cant",
        "can't", "wont", "won't", "didnt", "didn't", "arent", "aren't", "somebody", "everything", "nothing",
        "whatever", "whenever", "however", "therefore", "anyway", "besides", "else", "instead", "rather", "quite",
    };
}
