using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace GutSkin.Bot.Admin;

/// <summary>The staff's signed-in session: an ASP.NET Core authentication cookie (a data-protected ticket, never the key
/// itself), HttpOnly, SameSite=Strict, Secure on HTTPS, sent only to <c>/admin</c>.</summary>
internal static class AdminSession
{
    /// <summary>The authentication scheme of the cookie.</summary>
    public const string Scheme = "GutSkinAdmin";

    /// <summary>The cookie's name.</summary>
    public const string CookieName = "gutskin-admin";

    /// <summary>How long a session lasts without use: a working day.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>Starts a session for whoever gave the right key.</summary>
    public static Task SignInAsync(HttpContext context) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff")], Scheme)));

    /// <summary>Ends the session: the cookie is deleted.</summary>
    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>True when the request carries a valid, unexpired session cookie.</summary>
    public static async Task<bool> IsSignedInAsync(HttpContext context) => (await context.AuthenticateAsync(Scheme)).Succeeded;
}
