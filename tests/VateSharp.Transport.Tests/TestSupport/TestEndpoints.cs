// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Tests.TestSupport;

/// <summary>Endpoints for tests: a random loopback port, or a process-unique inproc name.</summary>
internal static class TestEndpoints
{
    private static int _next;

    public const string RandomLoopback = "tcp://127.0.0.1:0";

    public static string UniqueName(string prefix) => $"{prefix}-{Environment.ProcessId}-{Interlocked.Increment(ref _next)}";
}
