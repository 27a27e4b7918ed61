// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Benchmark.Results;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary><c>benchmark report</c>: reads a sweep folder and writes its report.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(ReportOptions options, CliContext context, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var report = SweepReportBuilder.Build(SweepReader.Read(options.Runs));
        await WriteAsync(report, options.Output, context).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Writes the report and prints where it went and the goals.</summary>
    public static async Task WriteAsync(SweepReport report, string directory, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);

        var written = report.Write(directory);
        await context.Out.WriteLineAsync($"Report written to {written.Directory} ({string.Join(", ", written.Files)}).").ConfigureAwait(false);
        foreach (var goal in report.Goals)
        {
            var measured = goal.Measured is { } m ? m.ToString("0.00", CultureInfo.InvariantCulture) : "NA";
            var verdict = goal.Met switch { true => "met", false => "missed", null => "not measured" };
            await context.Out.WriteLineAsync(
                $"  {goal.Goal}: {measured} (target ≥ {goal.Target.ToString("0.0##", CultureInfo.InvariantCulture)}, {verdict})").ConfigureAwait(false);
        }
    }
}
