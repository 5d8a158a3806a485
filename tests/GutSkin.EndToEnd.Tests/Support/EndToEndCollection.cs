namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The tests that share the one bot process and browser.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "Real bot and browser";
}
