using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Tests.Search;

public sealed class MessageSentencesTests
{
    // The story around a question is read with the whole message only: its own sentences name neighbouring sections.
    [Fact]
    public void Questions_OfALongMessageThatAsks_AreItsAskingSentencesOnly()
    {
        var sentences = MessageSentences.Questions(
            "I get eczema on my face and psoriasis on my knees. My gut is a mess. What is the conclusion of the article?");

        Assert.Equal(["What is the conclusion of the article?"], sentences);
    }

    [Fact]
    public void Questions_OfALongMessageAskingTwice_AreItsAskingSentencesLastFirst()
    {
        var sentences = MessageSentences.Questions(
            "My daughter has had eczema since she was two. Which foods contain probiotics? Do prebiotics help as well?");

        Assert.Equal(["Do prebiotics help as well?", "Which foods contain probiotics?"], sentences);
    }

    [Fact]
    public void Questions_OfALongMessageThatDoesNotAsk_AreItsLastSentences()
    {
        var sentences = MessageSentences.Questions(
            "I have had psoriasis for twenty years. Creams did nothing. Light therapy helped for a while. Now I want to try my diet.");

        Assert.Equal(["Now I want to try my diet.", "Light therapy helped for a while.", "Creams did nothing."], sentences);
    }

    // "Could that be linked to his gut?" asks about the eczema of the story: the story is kept, after the question.
    [Fact]
    public void Questions_WhenTheQuestionPointsBackIntoTheStory_KeepTheStoryAfterIt()
    {
        var sentences = MessageSentences.Questions(
            "My son is six and the doctor says the red patches on his arms are eczema. He scratches at night. Could that be linked to his gut?");

        Assert.Equal(["Could that be linked to his gut?", "He scratches at night.", "My son is six and the doctor says the red patches on his arms are eczema."], sentences);
    }

    // A turn joined to the last question ("is the gut linked to the skin? which problems exactly") keeps every sentence.
    [Fact]
    public void Questions_WhenTheStoryIsKept_AreTheAskingSentencesThenTheLastOthers()
    {
        var sentences = MessageSentences.Questions(
            "I get eczema on my face and psoriasis on my knees. My gut is a mess. What is the conclusion of the article?", keepStory: true);

        Assert.Equal(["What is the conclusion of the article?", "My gut is a mess.", "I get eczema on my face and psoriasis on my knees."], sentences);
    }

    [Fact]
    public void Questions_OfAShortMessage_AreNone() => Assert.Empty(MessageSentences.Questions("Does stress affect psoriasis? It flares."));

    [Theory]
    [InlineData("How are the gut and skin connected", true)]
    [InlineData("is the gut-skin connection recognized?", true)]
    [InlineData("I have had eczema since I was a child.", false)]
    public void Asks_IsAQuestionMarkOrAQuestionWord(string sentence, bool asks) => Assert.Equal(asks, MessageSentences.Asks(sentence));
}
