using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace GutSkin.Bot.Connector;

/// <summary>Hands out <see cref="OnDemandConnectorClient"/>s over the SDK's factory.</summary>
internal sealed class OnDemandConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new OnDemandConnectorClient(() => inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));
}
