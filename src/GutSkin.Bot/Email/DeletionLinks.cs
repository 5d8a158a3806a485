using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// The tokens of "delete my details" links. A token carries the e-mail address and its expiry, encrypted and
/// authenticated with AES-GCM under a key derived from <see cref="EmailOptions.LinkSigningKey"/>: the address is not
/// readable in the link (mail and proxy logs keep links), no table is needed, any instance can read a link another
/// sent, and a signup confirmation token can never be read as one of these.
/// </summary>
internal sealed class DeletionLinks(IOptions<EmailOptions> options)
{
    /// <summary>The path of the deletion page.</summary>
    public const string Path = "/data/delete";

    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int MaxEmailBytes = 320;
    private const int MaxTokenLength = 600;
    private static readonly byte[] KeyPurpose = Encoding.UTF8.GetBytes("GutSkin data deletion link v1");

    /// <summary>A new token for the address.</summary>
    /// <param name="email">The address whose details the link deletes.</param>
    /// <param name="expiresAt">When the link stops working.</param>
    /// <returns>The token, URL-safe.</returns>
    public string CreateToken(string email, DateTimeOffset expiresAt)
    {
        var address = Encoding.UTF8.GetBytes(email.Trim());
        if (address.Length > MaxEmailBytes)
        {
            throw new ArgumentException("The address is longer than any valid e-mail address.", nameof(email));
        }

        var plain = new byte[sizeof(long) + address.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, expiresAt.ToUnixTimeSeconds());
        address.CopyTo(plain.AsSpan(sizeof(long)));
        var token = new byte[NonceLength + plain.Length + TagLength];
        var nonce = token.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(), TagLength);
        aes.Encrypt(nonce, plain, token.AsSpan(NonceLength, plain.Length), token.AsSpan(NonceLength + plain.Length), KeyPurpose);
        return WebEncoders.Base64UrlEncode(token);
    }

    /// <summary>The link the e-mail carries.</summary>
    /// <param name="token">The token from <see cref="CreateToken"/>.</param>
    /// <returns>The absolute link.</returns>
    public Uri Link(string token) => options.Value.PublicLink(Path, token);

    /// <summary>Reads a token; null when it is malformed, was changed, or was not made by this key.</summary>
    /// <param name="token">The token as received.</param>
    /// <returns>The address and expiry, or null.</returns>
    public DeletionToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token);
        }
        catch (FormatException)
        {
            return null;
        }

        var plainLength = bytes.Length - NonceLength - TagLength;
        if (plainLength <= sizeof(long))
        {
            return null;
        }

        var plain = new byte[plainLength];
        try
        {
            using var aes = new AesGcm(Key(), TagLength);
            aes.Decrypt(bytes.AsSpan(0, NonceLength), bytes.AsSpan(NonceLength, plainLength), bytes.AsSpan(NonceLength + plainLength), plain, KeyPurpose);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(plain));
        return new DeletionToken(Encoding.UTF8.GetString(plain.AsSpan(sizeof(long))), expiresAt);
    }

    private byte[] Key() =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(options.Value.LinkSigningKey!), 32, info: KeyPurpose);
}
