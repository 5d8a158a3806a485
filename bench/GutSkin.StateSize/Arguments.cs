using System.Globalization;

namespace GutSkin.StateSize;

/// <summary>The command line: <c>--bot DLL [--conversations N] [--parallel N] [--store sqlite|postgres|both]</c>.</summary>
internal sealed record Arguments(string BotDll, int Conversations, int Parallel, IReadOnlySet<string> Stores)
{
    public static Arguments Parse(string[] args)
    {
        string? bot = null;
        var conversations = 3000;
        var parallel = 8;
        var stores = new HashSet<string>(StringComparer.Ordinal) { "sqlite", "postgres" };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--bot":
                    bot = args[i + 1];
                    break;
                case "--conversations":
                    conversations = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--parallel":
                    parallel = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--store":
                    stores = args[i + 1] == "both" ? stores : [args[i + 1]];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}; use --bot DLL [--conversations N] [--parallel N] [--store sqlite|postgres|both]");
            }
        }

        return new Arguments(
            bot ?? throw new ArgumentException("--bot: the path of GutSkin.Bot.dll (dotnet build src/GutSkin.Bot first)"),
            conversations,
            parallel,
            stores);
    }
}
