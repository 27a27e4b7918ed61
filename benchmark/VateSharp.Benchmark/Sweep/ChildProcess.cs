// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Runs a program to its end with its output streams copied into files (or captured), a time limit, and
/// cancellation that kills the whole process tree, so that no child outlives a stopped sweep.
/// </summary>
public static class ChildProcess
{
    /// <summary>How a child process ended.</summary>
    /// <param name="ExitCode">The exit code; -1 when it was killed or could not start.</param>
    /// <param name="TimedOut">Whether the time limit ended it.</param>
    /// <param name="StartFailure">Why it could not start, or null.</param>
    /// <param name="StandardOutput">Captured stdout when no file was given; otherwise empty.</param>
    /// <param name="LastErrorLine">The last non-empty line it wrote to stderr, or null.</param>
    public readonly record struct Result(int ExitCode, bool TimedOut, string? StartFailure, string StandardOutput, string? LastErrorLine);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits for it.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, passed without a shell.</param>
    /// <param name="stdoutFile">File that receives stdout; null captures it into <see cref="Result.StandardOutput"/>.</param>
    /// <param name="stderrFile">File that receives stderr; null keeps only its last line.</param>
    /// <param name="timeout">Time limit.</param>
    /// <param name="ct">Kills the process tree and throws <see cref="OperationCanceledException"/>.</param>
    /// <param name="workingDirectory">Working folder; the current one when null.</param>
    public static async Task<Result> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? stdoutFile,
        string? stderrFile,
        TimeSpan timeout,
        CancellationToken ct,
        string? workingDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new Result(-1, false, $"{fileName} could not start: {e.Message}", string.Empty, null);
        }

        using var stdout = stdoutFile is null ? null : new StreamWriter(stdoutFile, append: false, new UTF8Encoding(false));
        using var stderr = stderrFile is null ? null : new StreamWriter(stderrFile, append: false, new UTF8Encoding(false));
        var captured = new StringBuilder();
        string? lastError = null;
        var outTask = CopyAsync(process.StandardOutput, line =>
        {
            if (stdout is null)
            {
                captured.AppendLine(line);
            }
            else
            {
                stdout.WriteLine(line);
            }
        });
        var errTask = CopyAsync(process.StandardError, line =>
        {
            stderr?.WriteLine(line);
            if (!string.IsNullOrWhiteSpace(line))
            {
                lastError = line.Trim();
            }
        });

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            timedOut = true;
        }

        await Task.WhenAll(outTask, errTask).ConfigureAwait(false);
        return new Result(timedOut ? -1 : process.ExitCode, timedOut, null, captured.ToString(), lastError);
    }

    private static async Task CopyAsync(StreamReader reader, Action<string> write)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            write(line);
        }
    }
}
