// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Finds the programs a sweep starts: the edge-device program and this benchmark program (for its frame loop),
/// both as built dlls run by <c>dotnet</c>, as scripts/vate runs them, and the peer's Python.
/// </summary>
public static class Programs
{
    /// <summary>The <c>dotnet</c> host running this process, or "dotnet" from the PATH.</summary>
    public static string DotNet =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>The Python that runs the peer: <c>VATE_PEER_PYTHON</c>, else /usr/bin/python3 (Debian's, which has
    /// python3-opencv; a pyenv Python on the PATH usually has no cv2).</summary>
    public static string PeerPython => Environment.GetEnvironmentVariable("VATE_PEER_PYTHON") is { Length: > 0 } python
        ? python
        : "/usr/bin/python3";

    /// <summary>This benchmark program's dll.</summary>
    public static string BenchmarkDll => typeof(Programs).Assembly.Location;

    /// <summary>The checkout this program was built from: the nearest folder above it holding VateSharp.sln.</summary>
    /// <exception cref="UserFacingException">The program does not lie inside a checkout.</exception>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VateSharp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new UserFacingException(
            $"No VateSharp checkout lies above {AppContext.BaseDirectory}; run the benchmark from a checkout (scripts/vate benchmark ...).");
    }

    /// <summary>scripts/peer/opencv_loop.py of the checkout.</summary>
    public static string PeerScript() => Path.Combine(RepositoryRoot(), "scripts", "peer", "opencv_loop.py");

    /// <summary>
    /// The edge-device program's dll: <c>VATE_EDGE_DEVICE_DLL</c> when set, else the checkout's Release build,
    /// built first through scripts/vate when it is missing or older than its sources.
    /// </summary>
    /// <exception cref="UserFacingException">The program cannot be found or built.</exception>
    public static async Task<string> EdgeDeviceDllAsync(CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable("VATE_EDGE_DEVICE_DLL") is { Length: > 0 } given)
        {
            return File.Exists(given)
                ? Path.GetFullPath(given)
                : throw new UserFacingException($"VATE_EDGE_DEVICE_DLL names '{given}', which does not exist; unset it or point it at edge-device.dll.");
        }

        var root = RepositoryRoot();
        var dll = Path.Combine(root, "artifacts", "bin", "VateSharp.EdgeDevice", "release_linux-x64", "edge-device.dll");

        // scripts/vate rebuilds the program only when a source is newer than the dll; --help then exits at once.
        var script = Path.Combine(root, "scripts", "vate");
        if (File.Exists(script))
        {
            var build = await ChildProcess.RunAsync(script, ["edge-device", "--help"], null, null, TimeSpan.FromMinutes(20), ct)
                .ConfigureAwait(false);
            if (build.StartFailure is not null || !File.Exists(dll))
            {
                throw new UserFacingException(
                    $"The edge-device program could not be built ({build.StartFailure ?? build.LastErrorLine ?? "no dll appeared"}); run 'scripts/vate edge-device --help' to see why.");
            }
        }

        return File.Exists(dll)
            ? dll
            : throw new UserFacingException($"The edge-device program is not built at '{dll}'; run 'scripts/vate edge-device --help' once to build it.");
    }
}
