namespace GutSkin.Bot.Security;

/// <summary>The JSON body of a refused request: <c>{ "error": "..." }</c>, a reason a client developer can act on.</summary>
/// <param name="Error">Why the request was refused.</param>
internal sealed record ErrorResponse(string Error);
