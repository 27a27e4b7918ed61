// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The sweep's real <see cref="RunLauncher"/>: each run is a fresh edge-device process (<c>dotnet edge-device.dll
/// ...</c>), so no run inherits warm caches, threads or sockets from another. Its stdout and stderr go to
/// edge-device.out.log and edge-device.err.log in the run folder, beside command.txt holding the command line.
/// </summary>
public sealed class EdgeDeviceLauncher
{
    private readonly string _dll;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a launcher for the given dll.</summary>
    /// <param name="dll">edge-device.dll; see <see cref="Programs.EdgeDeviceDllAsync"/>.</param>
    /// <param name="timeout">Longest a single run may take before it is killed and counted as failed.</param>
    public EdgeDeviceLauncher(string dll, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dll);
        _dll = dll;
        _timeout = timeout;
    }

    /// <summary>Runs one configuration once; matches <see cref="RunLauncher"/>.</summary>
    public async Task<RunOutcome> LaunchAsync(RunRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);

        var arguments = new List<string> { _dll };
        arguments.AddRange(EdgeDeviceArguments.For(request));
        var folder = request.OutputDirectory;
        await File.WriteAllTextAsync(Path.Combine(folder, "command.txt"),
            Programs.DotNet + " " + string.Join(' ', arguments.Select(Quote)) + "\n", ct).ConfigureAwait(false);

        var result = await ChildProcess.RunAsync(Programs.DotNet, arguments,
            Path.Combine(folder, "edge-device.out.log"), Path.Combine(folder, "edge-device.err.log"), _timeout, ct)
            .ConfigureAwait(false);
        if (result.StartFailure is not null)
        {
            return RunOutcome.Failed(result.StartFailure);
        }

        if (result.TimedOut)
        {
            return RunOutcome.Failed(string.Create(CultureInfo.InvariantCulture,
                $"the run took longer than {_timeout.TotalMinutes:0.#} min and was stopped (raise --run-timeout)"));
        }

        return result.ExitCode == 0
            ? RunOutcome.Success
            : RunOutcome.Failed(string.Create(CultureInfo.InvariantCulture,
                $"edge-device exited with code {result.ExitCode}: {result.LastErrorLine ?? "no message"}"));
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./,:=+".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
