using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace GutSkin.Bot.Connector;

/// <summary>An <see cref="IConnectorClient"/> that builds the SDK's client the first time a member is used.
/// Building one costs a few hundred microseconds (user-agent regexes, headers) and a turn answered with
/// <c>expectReplies</c> never uses it.</summary>
internal sealed class OnDemandConnectorClient(Func<Task<IConnectorClient>> create) : IConnectorClient
{
    // The SDK's factories finish synchronously (credentials are built without I/O; tokens are fetched per call later),
    // so waiting here does not block on the network.
    private readonly Lazy<IConnectorClient> client = new(() => create().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public Uri BaseUri
    {
        get => client.Value.BaseUri;
        set => client.Value.BaseUri = value;
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => client.Value.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => client.Value.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => client.Value.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => client.Value.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => client.Value.Conversations;

    /// <inheritdoc />
    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }
}
