using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GutSkin.Data;

namespace GutSkin.Deploy.Tests;

/// <summary><c>deploy/azure/main.bicep</c>, compiled by the real Bicep CLI: it builds and lints cleanly, no secret
/// reaches the web app's settings except through Key Vault, telemetry is wired, and every retention setting can be
/// set from it.</summary>
public sealed partial class MainBicepTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string Template = Repository.PathOf("deploy", "azure", "main.bicep");

    [Fact]
    public async Task Template_BuildsAndLints_WithoutAWarning()
    {
        var lint = await BicepCli.RunAsync("lint", Template);
        var build = await BicepCli.RunAsync("build", Template, "--stdout");

        Assert.True(lint.ExitCode == 0 && lint.Errors.Length == 0 && lint.Output.Length == 0, "bicep lint: " + lint.Output + lint.Errors);
        Assert.True(build.ExitCode == 0 && build.Errors.Length == 0, "bicep build: " + build.Errors);
    }

    [Fact]
    public async Task AppSettings_NeverHoldASecret_OnlyKeyVaultReferences()
    {
        var template = await CompiledAsync();
        var secure = template["parameters"]!.AsObject().Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key).ToList();
        var settings = Expand(template, Text(Site(template)["properties"]!["siteConfig"]!["appSettings"]!));

        Assert.Equal(["microsoftAppPassword", "storageConnectionString", "postgresAdminPassword", "directLineSecret", "adminApiKey", "smtpPassword", "emailLinkSigningKey"], secure);
        var readable = EmptyCheck().Replace(settings, string.Empty); // "is it set?" reveals nothing
        foreach (var name in secure)
        {
            Assert.DoesNotContain($"parameters('{name}')", readable, StringComparison.Ordinal);
        }

        Assert.Contains("__bicep.vaultReference", settings, StringComparison.Ordinal);
        Assert.Contains(Resources(template), r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"
            && Text(r["properties"]!["roleDefinitionId"]!).Contains("keyVaultSecretsUser", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppSettings_SwitchOnAzureMonitor_FromTheApplicationInsightsResource()
    {
        var template = await CompiledAsync();
        var settings = Expand(template, Text(Site(template)["properties"]!["siteConfig"]!["appSettings"]!));

        Assert.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING', 'value', reference('insights').ConnectionString", settings, StringComparison.Ordinal);
        Assert.Contains(Resources(template), r => (string?)r["type"] == "Microsoft.Insights/components");
    }

    [Fact]
    public async Task ResourceNames_AreBuiltFromTheLowerCaseName_NeverTheRawParameter()
    {
        var template = await CompiledAsync();

        Assert.Equal("[toLower(parameters('baseName'))]", (string?)template["variables"]!["name"]);
        Assert.All(Resources(template), r => Assert.DoesNotContain("parameters('baseName')", Text(r["name"]!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryRetentionSetting_IsSetByTheTemplateAndDocumentedInTheDataSection()
    {
        var template = await CompiledAsync();
        var settings = Expand(template, Text(Site(template)["properties"]!["siteConfig"]!["appSettings"]!));
        var deployGuide = await File.ReadAllTextAsync(Repository.PathOf("deploy", "README.md"));
        var dataSection = deployGuide[deployGuide.IndexOf("## Data and retention", StringComparison.Ordinal)..];
        var retention = typeof(DataOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name.EndsWith("RetentionDays", StringComparison.Ordinal))
            .Select(p => $"Storage__{p.Name}")
            .ToList();

        Assert.NotEmpty(retention);
        Assert.All(retention, setting =>
        {
            Assert.Contains($"'{setting}'", settings, StringComparison.Ordinal);
            Assert.Contains($"`{setting}`", dataSection, StringComparison.Ordinal);
        });
    }

    private static async Task<JsonObject> CompiledAsync()
    {
        var build = await BicepCli.RunAsync("build", Template, "--stdout");
        Assert.True(build.ExitCode == 0, build.Errors);
        return JsonNode.Parse(build.Output)!.AsObject();
    }

    private static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"]!.AsObject().Select(r => r.Value!.AsObject());

    private static JsonObject Site(JsonObject template) =>
        Resources(template).Single(r => (string?)r["type"] == "Microsoft.Web/sites");

    // Replaces variables('x') by x's own expression until none is left, so that a secret cannot hide in a variable.
    private static string Expand(JsonObject template, string expression)
    {
        var variables = template["variables"]!.AsObject();
        for (var i = 0; i < 10 && VariableReference().IsMatch(expression); i++)
        {
            expression = VariableReference().Replace(expression, match => Text(variables[match.Groups[1].Value]!));
        }

        return expression;
    }

    // The expression as written: a string as is, anything else as JSON without escaping quotes.
    private static string Text(JsonNode node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : node.ToJsonString(Relaxed);

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"empty\(parameters\('\w+'\)\)")]
    private static partial Regex EmptyCheck();
}
