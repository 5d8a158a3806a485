using System.Security.Claims;
using GutSkin.Bot.Connector;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Configuration;

namespace GutSkin.Bot.Tests.Connector;

/// <summary>The connector and user-token clients are built on first use, once, from the SDK's own factories.</summary>
public sealed class OnDemandClientsTests
{
    private static readonly Uri ServiceUrl = new("http://127.0.0.1:9/channel/");

    [Fact]
    public void ConnectorClient_IsBuiltOnFirstUseOnly()
    {
        var built = 0;
        using var client = new OnDemandConnectorClient(() =>
        {
            built++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(ServiceUrl));
        });

        Assert.Equal(0, built);
        Assert.NotNull(client.Conversations);
        Assert.Equal(ServiceUrl, client.BaseUri);
        Assert.Equal(1, built);
    }

    [Fact]
    public void ConnectorClient_NeverUsed_IsNeverBuilt()
    {
        var built = 0;
        var client = new OnDemandConnectorClient(() =>
        {
            built++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(ServiceUrl));
        });

        client.Dispose();

        Assert.Equal(0, built);
    }

    [Fact]
    public async Task Authentication_HandsOutTheSdksClientsForTheServiceUrl()
    {
        var sdk = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());
        var authentication = new OnDemandClientsAuthentication(sdk);

        var factory = authentication.CreateConnectorFactory(new ClaimsIdentity());
        using var client = await factory.CreateAsync(ServiceUrl.ToString(), null!, CancellationToken.None);
        using var tokens = await authentication.CreateUserTokenClientAsync(new ClaimsIdentity(), CancellationToken.None);

        Assert.IsType<OnDemandConnectorClient>(client);
        Assert.Equal(ServiceUrl, client.BaseUri);
        Assert.NotNull(client.Conversations);
        Assert.IsType<OnDemandUserTokenClient>(tokens);
    }
}
