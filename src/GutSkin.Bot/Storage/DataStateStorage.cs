using GutSkin.Data;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Storage;

/// <summary>Bot Framework <see cref="IStorage"/> over GutSkin.Data's <see cref="IStateStore"/>. Items are stored as JSON
/// with their .NET type names (as the SDK's own storages do) so that they read back as the same types. An item
/// written with an ETag other than "*" must still match the stored one, or the write throws
/// <see cref="ETagConflictException"/>.</summary>
/// <remarks>
/// <see cref="BotState"/> saves a plain dictionary, which the SDK's own storages never check. Here the dictionary
/// carries the ETag it was read with under "eTag", so that two turns of one conversation on two instances cannot
/// silently overwrite each other.
/// </remarks>
internal sealed class DataStateStorage(IStateStore store) : IStorage
{
    private const string AnyETag = "*";
    private const string ETagKey = "eTag";

    // Auto writes a type name only where the declared type does not say it (the state dictionary and its values),
    // which halves a conversation's document; documents written with type names everywhere still read.
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
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
                case IDictionary<string, object> state:
                    state[ETagKey] = document.ETag;
                    break;
            }

            items[key] = item;
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var writes = changes.Select(change => new DocumentWrite(change.Key, Serialize(change.Value), ExpectedETag(change.Value))).ToList();
        await store.WriteAsync(writes, cancellationToken).ConfigureAwait(false);

        // The store made new ETags that this call does not learn: a later save of the same dictionary in this turn is
        // unconditional rather than a false conflict.
        foreach (var state in changes.Values.OfType<IDictionary<string, object>>())
        {
            state.Remove(ETagKey);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Length == 0 ? Task.CompletedTask : store.DeleteAsync(keys, cancellationToken);
    }

    private static string Serialize(object? value)
    {
        if (value is IDictionary<string, object> state && state.ContainsKey(ETagKey))
        {
            value = state.Where(p => p.Key != ETagKey).ToDictionary(p => p.Key, p => p.Value);
        }

        // Declared as object, so that the root's own type name is written and the document reads back as that type.
        return JsonConvert.SerializeObject(value, typeof(object), Settings);
    }

    private static string? ExpectedETag(object? value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.Value<string>(ETagKey),
            IDictionary<string, object> state => state.TryGetValue(ETagKey, out var stored) ? stored as string : null,
            _ => null,
        };
        return string.IsNullOrEmpty(etag) || etag == AnyETag ? null : etag;
    }
}
