using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GutSkin.Knowledge.Content;

/// <summary>Reads and checks <c>offers.yml</c>.</summary>
internal static class OffersFileReader
{
    /// <summary>The words the supplement disclaimer must contain, so that no edit can drop it.</summary>
    public const string RequiredDisclaimer = "not intended to diagnose, treat, cure or prevent any disease";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Returns the catalog, or null with problems when the file cannot be used.</summary>
    public static OfferCatalog? Read(string relativePath, string text, List<KnowledgeProblem> problems)
    {
        OffersFile file;
        try
        {
            file = Yaml.Deserialize<OffersFile>(text) ?? new OffersFile();
        }
        catch (YamlException e)
        {
            // A wrong field name reaches staff as the deserializer's own words; everything else is explained.
            var (message, line) = e.InnerException is null && e.Message.StartsWith("Property '", StringComparison.Ordinal)
                ? ($"unknown field: {e.Message}", (int)Math.Max(1, e.Start.Line))
                : YamlMistake.Explain(e.InnerException is InvalidOperationException ? e.InnerException : e, text);
            problems.Add(new(relativePath, line, message));
            return null;
        }

        var before = problems.Count;
        var guide = ReadOffer(relativePath, text, "guide", OfferKind.Guide, file.Guide, problems);
        var trial = ReadOffer(relativePath, text, "trial", OfferKind.Trial, file.Trial, problems);
        return problems.Count == before && guide is not null && trial is not null ? new OfferCatalog(guide, trial) : null;
    }

    private static Offer? ReadOffer(string path, string text, string key, OfferKind kind, OffersFile.OfferEntry? entry, List<KnowledgeProblem> problems)
    {
        if (entry is null)
        {
            problems.Add(new(path, 0, $"the '{key}' offer is missing"));
            return null;
        }

        var line = SectionFileReader.LineOf(text, key);
        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(path, line, $"{key}: the field '{field}' is missing"));
            }
        }

        void RequireUrl(string? value, string field)
        {
            Require(value, field);
            if (!string.IsNullOrWhiteSpace(value) && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                problems.Add(new(path, line, $"{key}: '{field}' must be a full web address starting with https://"));
            }
        }

        Require(entry.Title, "title");
        RequireUrl(entry.Url, "url");
        Require(entry.Pitch, "pitch");
        if (kind == OfferKind.Trial)
        {
            Require(entry.Signup, "signup");
            RequireUrl(entry.TermsUrl, "terms_url");
            Require(entry.Consent?.Wording, "consent.wording");
            Require(entry.Consent?.Version, "consent.version");
            foreach (var unknown in (entry.Facts?.Keys ?? Enumerable.Empty<string>()).Where(k => !TrialFact.All.Contains(k)))
            {
                problems.Add(new(path, line, $"trial: unknown fact '{unknown}' under facts: use {string.Join(", ", TrialFact.All)}"));
            }

            if (entry.Disclaimer is null || !entry.Disclaimer.Contains(RequiredDisclaimer, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(path, line, $"trial: the disclaimer must say \"{RequiredDisclaimer}\""));
            }
        }

        return new Offer(
            kind,
            entry.Title?.Trim() ?? string.Empty,
            entry.Url?.Trim() ?? string.Empty,
            entry.Pitch?.Trim() ?? string.Empty,
            entry.Triggers?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).ToList() ?? [],
            entry.Signup?.Trim(),
            entry.TermsUrl?.Trim(),
            entry.Disclaimer?.Trim(),
            entry.Consent?.Wording?.Trim(),
            entry.Consent?.Version?.Trim(),
            entry.Facts?.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim()));
    }
}
