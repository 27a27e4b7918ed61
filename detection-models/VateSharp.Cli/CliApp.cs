// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.InteropServices;
using CommandLine;
using Microsoft.Extensions.Logging;
using VateSharp.Core.Errors;

namespace VateSharp.Cli;

/// <summary>
/// The shared entry point of every VateSharp program: parses verbs, validates options, sets up logging and
/// Ctrl-C/SIGTERM cancellation, runs the verb and turns expected failures into one sentence on stderr.
/// Exit codes: 0 success, 1 failure, 2 bad usage, 130 cancelled.
/// </summary>
public static class CliApp
{
    /// <summary>Runs a program.</summary>
    /// <param name="programName">The name users type, used as the prefix of error messages.</param>
    /// <param name="args">The command line.</param>
    /// <param name="verbs">The registered verbs.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string programName, string[] args, VerbRegistry verbs) =>
        RunAsync(programName, args, verbs, Console.Out, Console.Error);

    /// <summary>Runs a program with explicit console streams (for tests).</summary>
    public static async Task<int> RunAsync(
        string programName, string[] args, VerbRegistry verbs, TextWriter stdout, TextWriter stderr)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programName);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(verbs);

        // A program with a default verb runs that verb when none is typed, so a bare --help describes its options
        // (CommandLineParser alone would list the verbs instead) and names the other verbs after them.
        // 'help VERB' is read as 'VERB --help' because CommandLineParser's help verb prints no verb's options.
        string? otherVerbs = null;
        if (args is ["--help"] or ["-h"] or ["help"] && verbs.DefaultVerb is { } defaultVerb)
        {
            args = [defaultVerb, "--help"];
            otherVerbs = ParseFailureReport.OtherVerbsLine(programName, verbs);
        }
        else if (args is ["help", var verb])
        {
            args = [verb, "--help"];
        }

        using var parser = new Parser(s =>
        {
            s.HelpWriter = null;
            s.CaseInsensitiveEnumValues = true;
            s.AutoHelp = true;
            s.AutoVersion = true;
        });
        var result = parser.ParseArguments(args, [.. verbs.Types]);
        if (result is NotParsed<object> notParsed)
        {
            return ParseFailureReport.Write(programName, notParsed, otherVerbs, stdout, stderr);
        }

        var options = (VerbOptions)((Parsed<object>)result).Value;
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await stderr.WriteLineAsync($"{programName}: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        using var cancellation = new CancellationTokenSource();
        using var stop = new GracefulStop();
        using var signals = CancelOnSignals(cancellation, stop, stderr, programName);
        using var loggers = CliLogging.Create(options.LogLevel);
        var context = new CliContext(programName, loggers, stdout, stderr) { Stop = stop };
        var log = loggers.CreateLogger(programName);
        try
        {
            return await verbs.RunAsync(options, context, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"{programName}: stopped on request; no partial output was kept.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (VateException ex)
        {
            log.LogDebug(ex, "Expected failure");
            await stderr.WriteLineAsync($"{programName}: {FirstLine(ex.Message)}").ConfigureAwait(false);
            return ex is UserFacingException user ? user.ExitCode : ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.LogDebug(ex, "File system failure");
            await stderr.WriteLineAsync($"{programName}: {FirstLine(ex.Message).TrimEnd('.')}; check the path and its permissions.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The top level must turn every failure into one sentence, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogDebug(ex, "Unexpected failure");
            await stderr.WriteLineAsync(
                $"{programName}: unexpected {ex.GetType().Name}: {FirstLine(ex.Message).TrimEnd('.')}; run again with --log-level Debug for details.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    // Messages are meant to be one sentence; a multi-line one from a third-party library is cut to its first line.
    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r', ' ');

    private static CancellationRegistrations CancelOnSignals(
        CancellationTokenSource cancellation, GracefulStop stop, TextWriter stderr, string programName)
    {
        void OnSignal()
        {
            if (stop.TryRequest())
            {
                stderr.WriteLine($"{programName}: stopping after the frame in hand and writing the outputs; press Ctrl-C again to abort.");
                return;
            }

            cancellation.Cancel();
        }

        void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            OnSignal();
        }

        Console.CancelKeyPress += OnCancelKey;
        var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            OnSignal();
        });
        return new CancellationRegistrations(() =>
        {
            Console.CancelKeyPress -= OnCancelKey;
            sigterm.Dispose();
        });
    }

    private sealed class CancellationRegistrations(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
