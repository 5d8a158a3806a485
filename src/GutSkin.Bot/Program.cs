using GutSkin.Bot.Hosting;
using GutSkin.Bot.Telemetry;
using GutSkin.Bot.WebChat;

if (args.Length > 0 && args[0] == ConsoleChat.Command)
{
    await ConsoleChat.RunAsync(args[1..]);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddGutSkinBot();
builder.AddGutSkinWebChat();
builder.AddGutSkinTelemetry();
var app = builder.Build().ValidateSettings();
app.UseGutSkinSecurityHeaders();
app.MapGutSkinTelemetry();
app.MapGutSkinBot();
app.MapGutSkinWebChat();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
