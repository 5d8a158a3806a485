using System.Security.Cryptography;
using System.Text;

namespace GutSkin.Bot.Security;

/// <summary>Compares an offered admin key with the configured one in constant time.</summary>
internal static class AdminKey
{
    /// <summary>True when <paramref name="offered"/> equals <paramref name="expected"/>. Both are hashed first so that
    /// neither the content nor the length of the key leaks through timing.</summary>
    public static bool Matches(string expected, string? offered) =>
        offered is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(offered)));
}
