namespace GutSkin.Knowledge.Content;

/// <summary>The guide and the trial, loaded from <c>offers.yml</c>.</summary>
public sealed record OfferCatalog(Offer Guide, Offer Trial)
{
    /// <summary>The offer of the given kind.</summary>
    public Offer this[OfferKind kind] => kind == OfferKind.Guide ? Guide : Trial;
}
