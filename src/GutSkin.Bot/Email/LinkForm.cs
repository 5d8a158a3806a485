namespace GutSkin.Bot.Email;

/// <summary>The token of an emailed link: in the query of the page the link opens, and posted back by its button.</summary>
internal static class LinkForm
{
    private const string TokenField = "token";

    // A token is a few hundred characters: a larger form is not a link's button.
    private const long MaxFormBytes = 4096;

    /// <summary>The token in the link's query, or null.</summary>
    public static string? QueryToken(HttpRequest request) => request.Query[TokenField].FirstOrDefault();

    /// <summary>The token the page's button posted; null when the request is not that small form.</summary>
    public static async Task<string?> ReadPostedTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > MaxFormBytes)
        {
            return null;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return form[TokenField].FirstOrDefault();
    }
}
