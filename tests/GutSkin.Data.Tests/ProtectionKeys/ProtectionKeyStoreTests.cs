using GutSkin.Data.ProtectionKeys;
using Microsoft.Extensions.Time.Testing;

namespace GutSkin.Data.Tests.ProtectionKeys;

/// <summary>The <see cref="IProtectionKeyStore"/> contract, run against every storage provider: what one instance adds,
/// another instance on the same database reads.</summary>
public abstract class ProtectionKeyStoreTests : IAsyncLifetime
{
    private const string KeyXml = """<key id="0b3e1c7a-0000-4000-8000-000000000001" version="1"><creationDate>2026-11-30T05:00:00Z</creationDate></key>""";

    private readonly StorageUnderTest storage;
    private readonly IProtectionKeyStore first;
    private readonly IProtectionKeyStore second;

    private protected ProtectionKeyStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        first = new ProtectionKeyStore(storage.OpenInstance(), TimeProvider.System);
        second = new ProtectionKeyStore(storage.OpenInstance(), TimeProvider.System);
    }

    [Fact]
    public async Task Add_OnOneInstance_IsListedByAnotherByteForByte()
    {
        await first.AddAsync(new ProtectionKey("key-1", KeyXml), CancellationToken.None);

        var keys = await second.ListAsync(CancellationToken.None);

        Assert.Equal([new ProtectionKey("key-1", KeyXml)], keys);
    }

    [Fact]
    public async Task Add_TheSameNameTwice_KeepsTheFirstKey()
    {
        await first.AddAsync(new ProtectionKey("key-1", KeyXml), CancellationToken.None);

        await second.AddAsync(new ProtectionKey("key-1", "<key id=\"other\" />"), CancellationToken.None);

        Assert.Equal([new ProtectionKey("key-1", KeyXml)], await first.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task List_SeveralKeys_OldestFirst()
    {
        var clock = new FakeTimeProvider(TestLeads.Monday);
        var store = new ProtectionKeyStore(storage.OpenInstance(), clock);
        await store.AddAsync(new ProtectionKey("key-b", "<key n=\"1\" />"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.AddAsync(new ProtectionKey("key-a", "<key n=\"2\" />"), CancellationToken.None);

        var keys = await first.ListAsync(CancellationToken.None);

        Assert.Equal(["key-b", "key-a"], keys.Select(k => k.Name));
    }

    [Fact]
    public async Task List_OnAnEmptyDatabase_IsEmpty() =>
        Assert.Empty(await first.ListAsync(CancellationToken.None));

    [Fact]
    public async Task Add_WithoutNameOrXml_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => first.AddAsync(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => first.AddAsync(new ProtectionKey(" ", KeyXml), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => first.AddAsync(new ProtectionKey("key-1", ""), CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();
}
