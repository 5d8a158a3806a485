using GutSkin.Data;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Storage;

/// <summary>Bot Framework <see cref="IStorage"/> over GutSkin.Data's <see cref="IStateStore"/>. Items are stored as JSON
/// with their .NET type names (as the SDK's own storages do) so that they read back as the same types. An
/// <see cref="IStoreItem"/> written with an ETag other than "*" must still match the stored one, or the write throws
/// <see cref="ETagConflictException"/>.</summary>
internal sealed class DataStateStorage(IStateStore store) : IStorage
{
    private const string AnyETag = "*";

    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        MaxDepth = null,
    };

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }

        var documents = await store.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var (key, document) in documents)
        {
            var item = JsonConvert.DeserializeObject(document.Json, Settings);
            if (item is null)
            {
                continue;
            }

            switch (item)
            {
                case IStoreItem storeItem:
                    storeItem.ETag = document.ETag;
                    break;
                case JObject json:
                    json["eTag"] = document.ETag;
                    break;
            }

            items[key] = item;
        }

        return items;
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var writes = changes.Select(change => new DocumentWrite(
            change.Key,
            JsonConvert.SerializeObject(change.Value, Settings),
            ExpectedETag(change.Value))).ToList();
        return store.WriteAsync(writes, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Length == 0 ? Task.CompletedTask : store.DeleteAsync(keys, cancellationToken);
    }

    private static string? ExpectedETag(object? value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.Value<string>("eTag"),
            _ => null,
        };
        return string.IsNullOrEmpty(etag) || etag == AnyETag ? null : etag;
    }
}
