// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Reporting;

/// <summary>
/// Where the runs of a report were measured; every exporter prints it first. Unset fields show as NA.
/// <see cref="EnvironmentCollector.Collect"/> fills machine, processor, cores, OS, .NET and git commit; the caller
/// adds ONNX Runtime, execution provider, models and dataset with a <c>with</c> expression.
/// </summary>
public sealed record ReportEnvironment
{
    private static readonly string Na = Formatting.ColumnFormat.MissingText;

    /// <summary>An environment with every field unknown.</summary>
    public static ReportEnvironment Unknown { get; } = new();

    /// <summary>Host name of the machine.</summary>
    public string? Machine { get; init; }

    /// <summary>Processor model, e.g. "AMD EPYC 7B13".</summary>
    public string? Processor { get; init; }

    /// <summary>Logical processors the runtime could use.</summary>
    public int? LogicalCores { get; init; }

    /// <summary>Operating system name, version and architecture.</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>.NET runtime, e.g. ".NET 10.0.0".</summary>
    public string? DotNet { get; init; }

    /// <summary>ONNX Runtime version, e.g. "1.32.0".</summary>
    public string? OnnxRuntime { get; init; }

    /// <summary>ONNX Runtime execution provider, e.g. "CPUExecutionProvider".</summary>
    public string? ExecutionProvider { get; init; }

    /// <summary>Models used by the runs, with checksums; none by default.</summary>
    public IReadOnlyList<ModelChecksum> Models { get; init; } = [];

    /// <summary>Dataset the runs were scored on, e.g. "VisDrone2019-VID-val, 7 sequences".</summary>
    public string? Dataset { get; init; }

    /// <summary>Git commit of the code, with "+dirty" when the work tree had changes.</summary>
    public string? GitCommit { get; init; }

    /// <summary>Further lines (repeats, start time, options), shown after the fixed ones; none by default.</summary>
    public IReadOnlyList<EnvironmentEntry> Extra { get; init; } = [];

    /// <summary>
    /// The block as labelled lines in display order, NA for unknown fields. Models come as one line each, named
    /// "Model", with the value "name sha256:digest".
    /// </summary>
    public IReadOnlyList<EnvironmentEntry> ToEntries()
    {
        var entries = new List<EnvironmentEntry>
        {
            new("Machine", Machine ?? Na),
            new("Processor", Processor ?? Na),
            new("Logical cores", LogicalCores?.ToString(CultureInfo.InvariantCulture) ?? Na),
            new("OS", OperatingSystem ?? Na),
            new(".NET", DotNet ?? Na),
            new("ONNX Runtime", OnnxRuntime ?? Na),
            new("Execution provider", ExecutionProvider ?? Na),
        };

        entries.AddRange(Models.Count == 0
            ? [new EnvironmentEntry("Models", Na)]
            : Models.Select(m => new EnvironmentEntry("Model", $"{m.Name} sha256:{m.Sha256 ?? Na}")));
        entries.Add(new("Dataset", Dataset ?? Na));
        entries.Add(new("Git commit", GitCommit ?? Na));
        entries.AddRange(Extra);
        return entries;
    }
}
