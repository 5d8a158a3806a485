using GutSkin.Bot.Storage;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Microsoft.Bot.Builder;

namespace GutSkin.Bot.Tests.Storage;

/// <summary>The IStorage adapter over the real SQLite state store.</summary>
public sealed class DataStateStorageTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task WriteThenRead_ReturnsSameTypeWithETag()
    {
        var storage = new DataStateStorage(fixture.StateStore);
        var key = Key();

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "hello" } });
        var read = await storage.ReadAsync([key]);

        var note = Assert.IsType<Note>(read[key]);
        Assert.Equal("hello", note.Text);
        Assert.False(string.IsNullOrEmpty(note.ETag));
    }

    [Fact]
    public async Task Write_WithStaleETag_Throws()
    {
        var storage = new DataStateStorage(fixture.StateStore);
        var key = Key();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v1" } });
        var first = (Note)(await storage.ReadAsync([key]))[key];
        var second = (Note)(await storage.ReadAsync([key]))[key];
        first.Text = "v2";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = first });

        second.Text = "v3";

        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { [key] = second }));
    }

    [Fact]
    public async Task ConversationState_TwoInstancesSavingTheSameConversation_SecondSaveConflicts()
    {
        var key = Key();
        var firstInstance = new DataStateStorage(fixture.StateStore);
        var secondInstance = new DataStateStorage(fixture.StateStore);
        await firstInstance.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["step"] = "name" } });
        var first = (IDictionary<string, object>)(await firstInstance.ReadAsync([key]))[key];
        var second = (IDictionary<string, object>)(await secondInstance.ReadAsync([key]))[key];
        first["step"] = "email";
        await firstInstance.WriteAsync(new Dictionary<string, object> { [key] = first });

        second["step"] = "address";

        await Assert.ThrowsAsync<ETagConflictException>(() => secondInstance.WriteAsync(new Dictionary<string, object> { [key] = second }));
        var stored = (IDictionary<string, object>)(await firstInstance.ReadAsync([key]))[key];
        Assert.Equal("email", stored["step"]);
    }

    [Fact]
    public async Task ConversationState_SavedTwiceInOneTurn_DoesNotConflictWithItself()
    {
        var key = Key();
        var storage = new DataStateStorage(fixture.StateStore);
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["step"] = "name" } });
        var state = (IDictionary<string, object>)(await storage.ReadAsync([key]))[key];
        state["step"] = "email";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });

        state["step"] = "address";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });

        Assert.Equal("address", ((IDictionary<string, object>)(await storage.ReadAsync([key]))[key])["step"]);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Write_WithStarOrNoETag_IsUnconditional(string? etag)
    {
        var storage = new DataStateStorage(fixture.StateStore);
        var key = Key();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v1" } });
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v2" } });

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v3", ETag = etag } });

        Assert.Equal("v3", ((Note)(await storage.ReadAsync([key]))[key]).Text);
    }

    [Fact]
    public async Task Delete_RemovesTheItem()
    {
        var storage = new DataStateStorage(fixture.StateStore);
        var key = Key();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v1" } });

        await storage.DeleteAsync([key]);

        Assert.Empty(await storage.ReadAsync([key]));
    }

    [Theory]
    [InlineData("""{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"/etc/passwd"}""")]
    [InlineData("""{"$type":"System.Collections.Generic.List`1[[System.IO.FileInfo, System.IO.FileSystem]], System.Private.CoreLib","$values":[]}""")]
    public async Task Read_OfTypeOutsideTheAllowList_IsRefused(string json)
    {
        var storage = new DataStateStorage(fixture.StateStore);
        var key = Key();
        await fixture.StateStore.WriteAsync([new DocumentWrite(key, json, null)], CancellationToken.None);

        await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync([key]));
    }

    private static string Key() => $"tests/{Guid.NewGuid():N}";

    /// <summary>A store item as bot code would define one.</summary>
    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
