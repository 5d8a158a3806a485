using System.Xml.Linq;
using GutSkin.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GutSkin.Bot.Admin;

/// <summary>ASP.NET Core's data-protection key ring in the bot's database (<see cref="IProtectionKeyStore"/>), so that a
/// dashboard session or form token made by one instance is read by every other instance on the same database.</summary>
internal sealed class DatabaseXmlRepository(IProtectionKeyStore store) : IXmlRepository
{
    // The key manager calls this interface synchronously, rarely (at start, then when its cached ring expires).

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ListAsync(CancellationToken.None).GetAwaiter().GetResult().Select(key => XElement.Parse(key.Xml))];

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.AddAsync(new ProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)), CancellationToken.None).GetAwaiter().GetResult();
    }
}
