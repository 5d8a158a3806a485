using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Security;

/// <summary>Wraps the SDK's authentication so that a request it cannot validate is refused (401), never a 500:
/// the SDK throws on a malformed token ("Bearer garbage") and when the Bot Framework signing keys cannot be fetched,
/// and CloudAdapter only turns <see cref="UnauthorizedAccessException"/> into 401. The refusal is logged once, by
/// <see cref="Hosting.AdapterWithErrorHandler"/>.</summary>
internal sealed class FailClosedBotFrameworkAuthentication(BotFrameworkAuthentication inner)
    : BotFrameworkAuthentication
{
    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception exception) when (exception is not (UnauthorizedAccessException or OperationCanceledException))
        {
            throw Refused(exception);
        }
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        }
        catch (Exception exception) when (exception is not (UnauthorizedAccessException or OperationCanceledException))
        {
            throw Refused(exception);
        }
    }

    /// <inheritdoc />
    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
        }
        catch (Exception exception) when (exception is not (UnauthorizedAccessException or OperationCanceledException))
        {
            throw Refused(exception);
        }
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private static UnauthorizedAccessException Refused(Exception exception) =>
        new("The request's token could not be validated (malformed, or the signing keys could not be fetched).", exception);
}
