using System.Globalization;

namespace GutSkin.LoadTest;

/// <summary>The command line, parsed and checked before any request is sent.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        GutSkin.LoadTest --url http://127.0.0.1:PORT/api/messages [options]
          --bot gutskin|echo          what a correct reply looks like (default gutskin)
          --concurrency 1,8,64        simulated users per level (default 1,8,64)
          --duration 20s              per level (default 20s); or
          --conversations N           per level, instead of a duration
          --mix questions|signups|mixed  (default mixed: one conversation in four signs up)
          --label NAME --store NAME   labels for the results (default: the bot, "-")
          --warmup N                  unmeasured conversations before the first level (default 4)
          --warmup-duration 30s       then unmeasured mixed traffic at 8 users for this long (default 0s):
                                      lets the runtime finish tiered JIT before anything is measured
          --signup-storm N            N concurrent signups instead of the levels, then count the leads
          --cli PATH                  GutSkin.Cli.dll for the storm's lead count
          --data-dir DIR | --connection-string CS   the store the CLI reads (else inherited Storage__*)
          --results FILE              append each level's figures as a JSON line
          --round N                   which round of an alternating comparison these levels are (report: median of rounds)
          --timeout 120s              per request
        GutSkin.LoadTest report --results FILE   prints the Markdown table of a results file
        """;

    public Uri? Url { get; private set; }

    public BotKind Bot { get; private set; } = BotKind.GutSkin;

    public IReadOnlyList<int> Concurrency { get; private set; } = [1, 8, 64];

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public int? Conversations { get; private set; }

    public TrafficMix Mix { get; private set; } = TrafficMix.Mixed;

    public string Label { get; private set; } = string.Empty;

    public string Store { get; private set; } = "-";

    public int Warmup { get; private set; } = 4;

    public TimeSpan WarmupDuration { get; private set; } = TimeSpan.Zero;

    public int? SignupStorm { get; private set; }

    public string? CliPath { get; private set; }

    public string? DataDirectory { get; private set; }

    public string? ConnectionString { get; private set; }

    public string? ResultsFile { get; private set; }

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(120);

    public int Round { get; private set; }

    public bool Report { get; private set; }

    /// <summary>Parses <paramref name="args"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string[] args, out LoadOptions options, out string error)
    {
        options = new LoadOptions();
        error = string.Empty;
        var queue = new Queue<string>(args);
        if (queue.TryPeek(out var first) && first == "report")
        {
            queue.Dequeue();
            options.Report = true;
        }

        while (queue.TryDequeue(out var name))
        {
            if (!queue.TryDequeue(out var value))
            {
                error = $"{name} needs a value";
                return false;
            }

            if (!options.TrySet(name, value, out error))
            {
                return false;
            }
        }

        if (string.IsNullOrEmpty(options.Label))
        {
            options.Label = options.Bot.ToString();
        }

        error = options.Check();
        return error.Length == 0;
    }

    private bool TrySet(string name, string value, out string error)
    {
        error = string.Empty;
        switch (name)
        {
            case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var url):
                Url = url;
                return true;
            case "--bot" when Enum.TryParse<BotKind>(value, ignoreCase: true, out var bot):
                Bot = bot;
                return true;
            case "--concurrency":
                var levels = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var parsed = levels.Select(level => int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
                if (parsed.Count > 0 && parsed.All(n => n is > 0 and <= 10_000))
                {
                    Concurrency = parsed;
                    return true;
                }

                break;
            case "--duration" when TryParseTime(value, out var duration) && duration > TimeSpan.Zero && duration <= TimeSpan.FromMinutes(30):
                Duration = duration;
                return true;
            case "--timeout" when TryParseTime(value, out var timeout) && timeout > TimeSpan.Zero:
                Timeout = timeout;
                return true;
            case "--conversations" when TryParseCount(value, out var conversations):
                Conversations = conversations;
                return true;
            case "--mix" when Enum.TryParse<TrafficMix>(value, ignoreCase: true, out var mix):
                Mix = mix;
                return true;
            case "--label":
                Label = value;
                return true;
            case "--store":
                Store = value;
                return true;
            case "--warmup" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var warmup) && warmup <= 1000:
                Warmup = warmup;
                return true;
            case "--warmup-duration" when TryParseTime(value, out var warmupDuration) && warmupDuration <= TimeSpan.FromMinutes(10):
                WarmupDuration = warmupDuration;
                return true;
            case "--signup-storm" when TryParseCount(value, out var storm):
                SignupStorm = storm;
                return true;
            case "--cli":
                CliPath = Path.GetFullPath(value);
                return true;
            case "--data-dir":
                DataDirectory = Path.GetFullPath(value);
                return true;
            case "--connection-string":
                ConnectionString = value;
                return true;
            case "--round" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var round) && round is > 0 and <= 1000:
                Round = round;
                return true;
            case "--results":
                ResultsFile = Path.GetFullPath(value);
                return true;
        }

        error = $"{name} {value}: not a valid option or value";
        return false;
    }

    private string Check()
    {
        if (Report)
        {
            return ResultsFile is not null && File.Exists(ResultsFile) ? string.Empty : "report needs --results with an existing file";
        }

        if (Url is null)
        {
            return "--url is required";
        }

        if (CliPath is not null && !File.Exists(CliPath))
        {
            return $"--cli {CliPath}: no such file";
        }

        return string.Empty;
    }

    private static bool TryParseCount(string value, out int count) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is > 0 and <= 100_000;

    private static bool TryParseTime(string value, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 0.001)
            : value.EndsWith('s') ? (value[..^1], 1.0)
            : value.EndsWith('m') ? (value[..^1], 60.0)
            : (value, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            return false;
        }

        time = TimeSpan.FromSeconds(amount * unit);
        return true;
    }
}
