namespace GutSkin.Cli;

/// <summary>The command line split into positional words and flags, with <c>--knowledge DIR</c> taken out.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--json", "--batch", "--csv", "--conversations", "--safety", "--no-misses", "--by-origin", "--apply", "--help", "-h"];

    private readonly List<string> flags = [];

    private CliArguments()
    {
    }

    /// <summary>The words that are not flags, in order.</summary>
    public List<string> Words { get; } = [];

    /// <summary>The value of <c>--knowledge</c>, if given.</summary>
    public string? KnowledgeDirectory { get; private set; }

    /// <summary>The value of <c>--batch</c>, if given.</summary>
    public string? BatchFile { get; private set; }

    /// <summary>The value of <c>--email</c>, if given.</summary>
    public string? Email { get; private set; }

    /// <summary>What was wrong with the command line, if anything.</summary>
    public string? Error { get; private set; }

    /// <summary>Splits <paramref name="args"/>.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--knowledge" or "--batch" or "--email")
            {
                if (i + 1 >= args.Count)
                {
                    parsed.Error = $"{arg} needs a value";
                    return parsed;
                }

                if (arg == "--knowledge")
                {
                    parsed.KnowledgeDirectory = args[++i];
                }
                else if (arg == "--email")
                {
                    parsed.Email = args[++i];
                }
                else
                {
                    parsed.BatchFile = args[++i];
                    parsed.flags.Add(arg);
                }
            }
            else if (Flags.Contains(arg))
            {
                parsed.flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Error = $"unknown option {arg}";
                return parsed;
            }
            else
            {
                parsed.Words.Add(arg);
            }
        }

        return parsed;
    }

    /// <summary>True when the flag was given.</summary>
    public bool Has(string flag) => flags.Contains(flag);
}
