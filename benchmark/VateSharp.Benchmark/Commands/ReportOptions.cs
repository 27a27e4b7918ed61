// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark report</c>.</summary>
[Verb("report", HelpText = "Rebuild a sweep's report (report.md, results.csv, results.json, report.html and the PNG plots) from its saved runs, without running anything.")]
public sealed class ReportOptions : VerbOptions
{
    /// <summary>Gets or sets the sweep folder.</summary>
    [Option("runs", Required = true, HelpText = "The --output folder of a 'benchmark sweep' (it holds runs/ and sweep.json).")]
    public string Runs { get; set; } = string.Empty;

    /// <summary>Gets or sets the report folder.</summary>
    [Option("output", Required = true, HelpText = "The report folder to write; an existing one is replaced once the new report is complete.")]
    public string Output { get; set; } = string.Empty;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (!Directory.Exists(Runs))
        {
            yield return $"--runs names '{Runs}', which is not a folder; pass the --output folder of a sweep.";
        }

        if (Directory.Exists(Runs) && Directory.Exists(Output)
            && string.Equals(Path.GetFullPath(Runs).TrimEnd('/'), Path.GetFullPath(Output).TrimEnd('/'), StringComparison.Ordinal))
        {
            yield return "--output must not be the sweep folder itself, which the report would replace; use a folder inside or beside it.";
        }
    }
}
