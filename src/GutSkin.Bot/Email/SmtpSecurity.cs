namespace GutSkin.Bot.Email;

/// <summary>How the connection to the SMTP server is secured (<c>Email:Security</c>).</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or a test server on loopback.</summary>
    None,

    /// <summary>Connect in plain text and upgrade with STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
