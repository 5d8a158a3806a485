using System.Collections.Concurrent;

namespace GutSkin.Bot.Admin;

/// <summary>Locks an address out of the login form after <see cref="MaxFailures"/> wrong keys within
/// <see cref="Window"/>, until that window ends; on top of the per-client rate limit, which still allows dozens of
/// tries a minute. In memory: each bot instance counts its own tries.</summary>
internal sealed class LoginThrottle(TimeProvider time)
{
    /// <summary>Wrong keys allowed per address in one window.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long wrong keys are remembered, and how long a lockout lasts at most.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Bounds memory when many addresses try: expired entries are dropped once this many are kept.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must still wait, or null when it may try.</summary>
    public TimeSpan? LockedFor(string address)
    {
        var now = time.GetUtcNow();
        return failures.TryGetValue(address, out var entry) && entry.Count >= MaxFailures && entry.Since + Window > now
            ? entry.Since + Window - now
            : null;
    }

    /// <summary>Counts a wrong key from <paramref name="address"/>.</summary>
    public void Failed(string address)
    {
        var now = time.GetUtcNow();
        if (failures.Count >= MaxTracked)
        {
            foreach (var (key, entry) in failures)
            {
                if (entry.Since + Window <= now)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }

        failures.AddOrUpdate(
            address,
            _ => new Failures(1, now),
            (_, entry) => entry.Since + Window <= now ? new Failures(1, now) : entry with { Count = entry.Count + 1 });
    }

    /// <summary>Forgets the wrong keys of <paramref name="address"/> after a right one.</summary>
    public void Succeeded(string address) => failures.TryRemove(address, out _);

    private sealed record Failures(int Count, DateTimeOffset Since);
}
