namespace GutSkin.Data;

/// <summary>One key of the web host's data-protection key ring, as the host wrote it.</summary>
/// <param name="Name">The key's name, unique (ASP.NET Core's "friendly name", e.g. <c>key-0b3e…</c>).</param>
/// <param name="Xml">The key's XML element, as text.</param>
public sealed record ProtectionKey(string Name, string Xml);
