using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge;

/// <summary>The version of the knowledge that is live now: what it holds and what was wrong when it loaded.</summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<string, KnowledgeSection> byId;

    internal KnowledgeSnapshot(KnowledgeContent content, DateTimeOffset loadedAt)
    {
        Directory = content.Directory;
        Sections = content.Sections;
        Offers = content.Offers;
        Problems = content.Problems;
        LoadedAt = loadedAt;
        byId = content.Sections.ToDictionary(s => s.Id);
    }

    /// <summary>The knowledge folder.</summary>
    public string Directory { get; }

    /// <summary>Every section, in file order.</summary>
    public IReadOnlyList<KnowledgeSection> Sections { get; }

    /// <summary>The guide and the trial, or null when <c>offers.yml</c> is missing or broken.</summary>
    public OfferCatalog? Offers { get; }

    /// <summary>What was wrong in the folder when this version loaded.</summary>
    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    /// <summary>When this version went live.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The section with this id, or null.</summary>
    public KnowledgeSection? FindSection(string id) => byId.GetValueOrDefault(id);
}
