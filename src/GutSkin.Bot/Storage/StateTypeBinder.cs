using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace GutSkin.Bot.Storage;

/// <summary>Only lets stored state name types from this bot, the Bot Framework and the base library (generic arguments
/// included), so that a tampered state document cannot make the serializer create an arbitrary type.</summary>
internal sealed partial class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes = ["GutSkin.", "Microsoft.Bot.", "System.Private.CoreLib", "System.Collections", "mscorlib", "Newtonsoft.Json"];

    private readonly DefaultSerializationBinder inner = new();
    private readonly ConcurrentDictionary<(string? AssemblyName, string TypeName), Type> allowed = new();

    /// <inheritdoc />
    public Type BindToType(string? assemblyName, string typeName) =>
        allowed.TryGetValue((assemblyName, typeName), out var type) ? type : allowed.GetOrAdd((assemblyName, typeName), Check(assemblyName, typeName));

    /// <inheritdoc />
    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        inner.BindToName(serializedType, out assemblyName, out typeName);

    private Type Check(string? assemblyName, string typeName)
    {
        var assemblies = GenericArgumentAssembly().Matches(typeName).Select(m => m.Groups[1].Value).Append(assemblyName).OfType<string>();
        if (assemblies.Any(name => !AllowedAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))))
        {
            throw new JsonSerializationException($"Stored state may not contain the type '{typeName}, {assemblyName}'.");
        }

        return inner.BindToType(assemblyName, typeName);
    }

    // "Dictionary`2[[System.String, System.Private.CoreLib],[...]]": the assembly after each generic argument.
    [GeneratedRegex(@",\s*([^,\[\]]+?)\s*\]")]
    private static partial Regex GenericArgumentAssembly();
}
