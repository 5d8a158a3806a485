using Microsoft.Extensions.Options;

namespace GutSkin.Bot.WebChat;

/// <summary>Checks <see cref="WebChatOptions"/> at start-up, so that a typo fails the deployment rather than the first visitor.</summary>
internal sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var failures = new List<string>();
        if (!options.DirectLineEndpoint.IsAbsoluteUri || !IsHttp(options.DirectLineEndpoint))
        {
            failures.Add($"{WebChatOptions.Section}:DirectLineEndpoint must be an absolute http(s) URL, not '{options.DirectLineEndpoint}'.");
        }

        if (options.DirectLineSecret.Length > 0 && options.DirectLineSecret.Trim() != options.DirectLineSecret)
        {
            failures.Add($"{WebChatOptions.Section}:DirectLineSecret has spaces around it; copy the key again from the Direct Line channel.");
        }

        if (options.TokensPerClientPerMinute <= 0)
        {
            failures.Add($"{WebChatOptions.Section}:TokensPerClientPerMinute must be a positive number of requests.");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !IsHttp(uri) || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                failures.Add($"{WebChatOptions.Section}:AllowedOrigins entry '{origin}' must be an origin like https://www.example.com (no path, no trailing slash).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;
}
