using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace GutSkin.Bot.Security;

/// <summary>Endpoint filter for <c>POST /api/messages</c>: refuses, with a reason, what the adapter would otherwise turn into
/// a 500 or a lost turn: a body that is not JSON (415), too large (413), not an activity, or missing the fields a reply
/// needs (400). The body is buffered here, within the limit, and handed to the adapter as it came.</summary>
internal sealed class ActivityRequestValidator(IOptions<RequestLimitOptions> options) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!request.HasJsonContentType())
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "The body must be an activity as JSON (Content-Type: application/json).");
        }

        var limit = options.Value.MaxBodyBytes;
        var body = request.ContentLength > limit ? null : await ReadAsync(request.Body, limit, context.HttpContext.RequestAborted);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
        }

        if (Problem(body) is { } reason)
        {
            return Refuse(StatusCodes.Status400BadRequest, reason);
        }

        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        return await next(context);
    }

    /// <summary>Why the body is not an activity the bot can answer, or null when it is.</summary>
    internal static string? Problem(byte[] body)
    {
        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body, writable: false))) { MaxDepth = 64 };
            if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
            {
                return "The body must be a JSON object (an activity).";
            }

            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException exception)
        {
            // The path names the field; the message itself could quote what the user typed.
            return exception switch
            {
                JsonSerializationException { Path.Length: > 0 } serializing => $"The body is not a valid activity (at '{serializing.Path}').",
                JsonReaderException { Path.Length: > 0 } reading => $"The body is not valid JSON (at '{reading.Path}').",
                _ => "The body is not valid JSON.",
            };
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channel (channelId).";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation id (conversation.id).";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no sender (from.id).";
        }

        // Replies go to this URL unless the caller asked for expectReplies; a bad one is refused here, not mid-turn.
        if (!IsHttpUrl(activity.ServiceUrl))
        {
            return "The activity has no valid serviceUrl (an absolute http or https URL) to reply to.";
        }

        return null;
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (a missing or lying Content-Length).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Refuse(int statusCode, string reason) => TypedResults.Json(new ErrorResponse(reason), statusCode: statusCode);
}
