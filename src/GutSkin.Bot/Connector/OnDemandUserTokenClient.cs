using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Connector;

/// <summary>A <see cref="UserTokenClient"/> that builds the SDK's client on the first call. GutSkin has no sign-in,
/// so on every turn the SDK's client (an OAuth REST client with its own HTTP headers) would be built for nothing.</summary>
internal sealed class OnDemandUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly SemaphoreSlim createLock = new(1, 1);
    private UserTokenClient? client;

    /// <inheritdoc />
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    /// <inheritdoc />
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    /// <inheritdoc />
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    /// <inheritdoc />
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    /// <inheritdoc />
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    /// <inheritdoc />
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            client?.Dispose();
            createLock.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken)
    {
        if (client is { } created)
        {
            return created;
        }

        await createLock.WaitAsync(cancellationToken);
        try
        {
            return client ??= await create(cancellationToken);
        }
        finally
        {
            createLock.Release();
        }
    }
}
