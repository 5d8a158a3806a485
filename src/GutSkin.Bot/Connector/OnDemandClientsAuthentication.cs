using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Connector;

/// <summary>The SDK's authentication, except that the connector and user-token clients it hands to every turn are
/// built only when the turn uses them. CloudAdapter builds both for every request; the load test measured that as
/// about a seventh of the bot's CPU, spent on clients that a turn answered with <c>expectReplies</c> never touches.</summary>
internal sealed class OnDemandClientsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        OnDemand(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        OnDemand(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new OnDemandConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private static AuthenticateRequestResult OnDemand(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not OnDemandConnectorFactory)
        {
            result.ConnectorFactory = new OnDemandConnectorFactory(factory);
        }

        return result;
    }
}
