using System.Runtime.InteropServices;

namespace GutSkin.Benchmarks.Latency;

/// <summary>
/// The calling thread's CPU time, to the nanosecond (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). A call's wall time
/// minus its CPU time is what it spent waiting for a core that other threads or processes held.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTime = 3;

    /// <summary>True where the C library answers (Linux).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && clock_gettime(ThreadCpuTime, out _) == 0;

    /// <summary>The calling thread's CPU time so far in nanoseconds; 0 where it is not available.</summary>
    public static long Nanoseconds() =>
        Available && clock_gettime(ThreadCpuTime, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Timespec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
