using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// Signs and reads the tokens of confirmation links: the request id and expiry, signed with HMAC-SHA256 under
/// <see cref="EmailOptions.LinkSigningKey"/>, so any instance can check a link another one sent, and a changed id or
/// expiry is refused before the database is asked.
/// </summary>
internal sealed class SignupLinks(IOptions<EmailOptions> options)
{
    /// <summary>The path of the confirmation page.</summary>
    public const string Path = "/signup/confirm";

    private const int PayloadLength = 16 + sizeof(long);
    private const int MaxTokenLength = 200;

    /// <summary>A new token for the request.</summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="expiresAt">When the link stops working.</param>
    /// <returns>The token, URL-safe.</returns>
    public string CreateToken(Guid requestId, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadLength];
        requestId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Sign(payload))}";
    }

    /// <summary>The link the e-mail carries.</summary>
    /// <param name="token">The token from <see cref="CreateToken"/>.</param>
    /// <returns>The absolute link.</returns>
    public Uri Link(string token) => options.Value.PublicLink(Path, token);

    /// <summary>Reads a token from a link; null when it is malformed or its signature does not match.</summary>
    /// <param name="token">The token as received.</param>
    /// <returns>The signed content, or null.</returns>
    public SignupToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var payloadText, var signatureText])
        {
            return null;
        }

        byte[] payload, signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(payloadText);
            signature = WebEncoders.Base64UrlDecode(signatureText);
        }
        catch (FormatException)
        {
            return null;
        }

        if (payload.Length != PayloadLength || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        return new SignupToken(new Guid(payload.AsSpan(0, 16)), expiresAt, Hash(token));
    }

    /// <summary>The SHA-256 of the token (lower-case hex), which is all the database keeps of it.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The hash.</returns>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkSigningKey!), payload);
}
