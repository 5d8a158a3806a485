using YamlDotNet.Serialization;

namespace GutSkin.Knowledge.Content;

/// <summary>The shape of <c>offers.yml</c>, as content staff write it.</summary>
internal sealed class OffersFile
{
    [YamlMember(Alias = "guide")]
    public OfferEntry? Guide { get; set; }

    [YamlMember(Alias = "trial")]
    public OfferEntry? Trial { get; set; }

    /// <summary>One offer's fields; the trial-only ones are optional for the guide.</summary>
    internal sealed class OfferEntry
    {
        [YamlMember(Alias = "title")]
        public string? Title { get; set; }

        [YamlMember(Alias = "url")]
        public string? Url { get; set; }

        [YamlMember(Alias = "pitch")]
        public string? Pitch { get; set; }

        [YamlMember(Alias = "triggers")]
        public List<string>? Triggers { get; set; }

        [YamlMember(Alias = "signup")]
        public string? Signup { get; set; }

        [YamlMember(Alias = "terms_url")]
        public string? TermsUrl { get; set; }

        [YamlMember(Alias = "disclaimer")]
        public string? Disclaimer { get; set; }

        [YamlMember(Alias = "consent")]
        public ConsentEntry? Consent { get; set; }

        [YamlMember(Alias = "facts")]
        public Dictionary<string, string>? Facts { get; set; }
    }

    /// <summary>The marketing-consent question and its version.</summary>
    internal sealed class ConsentEntry
    {
        [YamlMember(Alias = "version")]
        public string? Version { get; set; }

        [YamlMember(Alias = "wording")]
        public string? Wording { get; set; }
    }
}
