using GutSkin.Knowledge.Search;

namespace GutSkin.Bot.Recognition;

/// <summary>Spots an email address whose domain is one slip away from a big mail provider's ("gmial.com",
/// "hotmial.com", "yahooo.com", "outlok.com"), so that the visitor is asked "did you mean…?" before the trial is
/// sent to an address nobody reads. Only a suggestion: the visitor may keep what they typed.</summary>
internal static class EmailDomainTypos
{
    // The providers most visitors use, and real domains that sit close to them ("mail.com", "ymail.com", "gmx.com"),
    // so that those are never "corrected".
    private static readonly string[] KnownDomains =
    [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "yahoo.com", "yahoo.co.uk",
        "yahoo.ca", "yahoo.com.au", "outlook.com", "outlook.ie", "live.com", "live.co.uk", "live.ie", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "btinternet.com", "sky.com",
        "virginmedia.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "shaw.ca", "rogers.com",
        "bigpond.com", "eircom.net", "mail.com", "email.com", "ymail.com", "gmx.com", "gmx.net", "zoho.com",
        "talktalk.net", "ntlworld.com", "optusnet.com.au",
    ];

    // "me.com" and "aol.com" are one slip from many small companies' own domains: they are never suggested.
    private const int MinSuggestedLength = 8;

    /// <summary>The address with its domain corrected, or null when the domain is known or near no known one.</summary>
    public static string? Suggest(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1)
        {
            return null;
        }

        var domain = email[(at + 1)..].ToLowerInvariant();
        if (KnownDomains.Contains(domain, StringComparer.Ordinal))
        {
            return null;
        }

        // One slip in a short domain, two in a long one (a swap of neighbours is one: "gmial"), so "gmx.com" is not Gmail.
        var allowed = domain.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in KnownDomains.Where(k => k.Length >= MinSuggestedLength))
        {
            var distance = EditDistance.Between(domain, known, allowed);
            if (distance <= allowed && distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best is null ? null : $"{email[..at]}@{best}";
    }
}
