// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.InteropServices;

namespace VateSharp.Pipeline.Device.Tiers;

/// <summary>
/// The CPU time the calling thread has used, from Linux's per-thread clock (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID). .NET has no managed equivalent for the current thread. Elsewhere it reports nothing.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>Returns the calling thread's CPU time so far, or <see langword="null"/> where the clock is missing.</summary>
    public static TimeSpan? Now()
    {
        if (!Available || clock_gettime(ThreadCpuTimeClock, out var value) != 0)
        {
            return null;
        }

        return TimeSpan.FromTicks((value.Seconds * TimeSpan.TicksPerSecond) + (value.Nanoseconds / 100));
    }

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would generate unsafe code, which only the inference project may contain.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out TimeSpec value);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
