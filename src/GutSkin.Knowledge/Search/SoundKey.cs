using System.Text;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// How an English word sounds, roughly: letters that spell the same sound are made one ("eczema", "exema", "ecsema"
/// and "exzema" all give "exema"; "psoriasis" and "sorriasis" give "soriasis"). Lets the spelling corrector accept a
/// visitor's phonetic spelling of a medical word that is two typing slips away, where a random pair of slips is not.
/// </summary>
internal static class SoundKey
{
    // Longest spellings first, so that "cz" is one sound before "c" and "z" are looked at alone.
    private static readonly (string Spelling, string Sound)[] Sounds =
    [
        ("xc", "x"), ("cz", "x"), ("cs", "x"), ("ks", "x"), ("kz", "x"), ("xz", "x"), ("gz", "x"), ("x", "x"),
        ("ph", "f"), ("ck", "k"), ("qu", "kw"), ("q", "k"),
    ];

    /// <summary>The sound key of a lower-case word.</summary>
    public static string Of(string word)
    {
        var text = word;
        foreach (var silent in (ReadOnlySpan<string>)["ps", "pn", "kn", "wr"])
        {
            if (text.Length > 3 && text.StartsWith(silent, StringComparison.Ordinal))
            {
                text = text[1..];
                break;
            }
        }

        var key = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (spelling, sound) in Sounds)
            {
                if (string.CompareOrdinal(text, i, spelling, 0, spelling.Length) == 0)
                {
                    Append(key, sound);
                    i += spelling.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                // A soft c sounds like s, a hard one like k.
                var c = text[i];
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                Append(key, c == 'c' ? (next is 'e' or 'i' or 'y' ? "s" : "k") : c.ToString());
                i++;
            }
        }

        return key.ToString();
    }

    // Doubled letters sound single: "sorriasis" is "soriasis".
    private static void Append(StringBuilder key, string sound)
    {
        foreach (var c in sound)
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }
    }
}
