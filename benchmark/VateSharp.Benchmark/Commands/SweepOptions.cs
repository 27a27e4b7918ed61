// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark sweep</c>.</summary>
[Verb("sweep", HelpText = "Run the edge-device program over a grid of configurations plus baselines (device only, each tier alone on every frame, VATE's configuration in sync and async mode), each as a child process, repeated after a warm-up; time our frame loop against a plain Python OpenCV loop on the same frames; then write the report into OUTPUT/report. Runs land in OUTPUT/runs/<config-id>/<repeat>/; --resume continues an interrupted sweep without redoing finished runs.")]
public sealed class SweepOptions : VerbOptions
{
    /// <summary>Gets or sets the sequence glob.</summary>
    [Option("sequences", Required = true, HelpText = "Glob of sequence folders (e.g. '.data/visdrone/sequences/*'), passed to the edge-device program as its source.")]
    public string Sequences { get; set; } = string.Empty;

    /// <summary>Gets or sets the annotations.</summary>
    [Option("annotations", Required = true, HelpText = "COCO ground truth of the sequences, used to score every run.")]
    public string Annotations { get; set; } = string.Empty;

    /// <summary>Gets or sets the grid file.</summary>
    [Option("grid", HelpText = "JSON file with any of detectionRates, modes, tiers, fusions, policies, serverPolicies, serverModels, cloudModels, jpegQualities, realtime, repeats, warmup, maxFrames, baselines; flags win over it.")]
    public string? Grid { get; set; }

    /// <summary>Gets or sets the detection rates.</summary>
    [Option("detection-rates", Separator = ',', HelpText = "Comma-separated detection rates. Default 5.")]
    public IEnumerable<int> DetectionRates { get; set; } = [];

    /// <summary>Gets or sets the modes.</summary>
    [Option("modes", Separator = ',', HelpText = "Comma-separated modes: sync, async. Default sync,async.")]
    public IEnumerable<string> Modes { get; set; } = [];

    /// <summary>Gets or sets the tier sets.</summary>
    [Option("tiers", Separator = ';', HelpText = "Semicolon-separated tier sets, each comma-separated (e.g. 'device,server,cloud;device,cloud'). Default device,server,cloud.")]
    public IEnumerable<string> Tiers { get; set; } = [];

    /// <summary>Gets or sets the fusions.</summary>
    [Option("fusions", Separator = ',', HelpText = "Comma-separated fusion methods: ours, vate. Default ours (VATE fusion always runs as a baseline).")]
    public IEnumerable<string> Fusions { get; set; } = [];

    /// <summary>Gets or sets the cloud policies.</summary>
    [Option("policies", Separator = ',', HelpText = "Comma-separated cloud (offload) policies, passed as --cloud-policy; 'default' is the program's default. Default: the program's default only.")]
    public IEnumerable<string> Policies { get; set; } = [];

    /// <summary>Gets or sets the server policies.</summary>
    [Option("server-policies", Separator = ',', HelpText = "Comma-separated edge-server policies, passed as --server-policy; 'default' is the program's default. Default: the program's default only.")]
    public IEnumerable<string> ServerPolicies { get; set; } = [];

    /// <summary>Gets or sets the server models.</summary>
    [Option("server-models", Separator = ',', HelpText = "Comma-separated edge-server models; 'default' is the program's default. Default: the program's default only.")]
    public IEnumerable<string> ServerModels { get; set; } = [];

    /// <summary>Gets or sets the cloud model lists.</summary>
    [Option("cloud-models", Separator = ';', HelpText = "Semicolon-separated cloud model lists, each comma-separated; 'default' is the program's default. Default: the program's default only.")]
    public IEnumerable<string> CloudModels { get; set; } = [];

    /// <summary>Gets or sets the JPEG qualities.</summary>
    [Option("jpeg-qualities", Separator = ',', HelpText = "Comma-separated JPEG qualities (1-100) of frames sent to remote tiers. Default 90.")]
    public IEnumerable<int> JpegQualities { get; set; } = [];

    /// <summary>Gets or sets the realtime settings.</summary>
    [Option("realtime", Separator = ',', HelpText = "Comma-separated realtime settings: off (as fast as possible), on (at the source's frame rate). Default off.")]
    public IEnumerable<string> Realtime { get; set; } = [];

    /// <summary>Gets or sets the repeat count.</summary>
    [Option("repeats", HelpText = "Measured runs per configuration; reports show their median with min-max. Default 3.")]
    public int? Repeats { get; set; }

    /// <summary>Gets or sets the warm-up count.</summary>
    [Option("warmup", HelpText = "Warm-up runs (outputs discarded) before a configuration's measured runs. Default 1.")]
    public int? Warmup { get; set; }

    /// <summary>Gets or sets the frame cap.</summary>
    [Option("max-frames", HelpText = "Frames played per sequence in each run, passed as --max-frames. Default: every frame.")]
    public int? MaxFrames { get; set; }

    /// <summary>Gets or sets the output folder.</summary>
    [Option("output", Required = true, HelpText = "Sweep folder: runs/, loops/, sweep.json, environment.json and report/.")]
    public string Output { get; set; } = string.Empty;

    /// <summary>Gets or sets whether to resume.</summary>
    [Option("resume", HelpText = "Continue a sweep in OUTPUT: finished runs are kept, the rest run. Without it, a folder that already holds runs is refused.")]
    public bool Resume { get; set; }

    /// <summary>Gets or sets whether baselines are skipped.</summary>
    [Option("no-baselines", HelpText = "Run only the grid, without the baselines. The report then shows NA for every reference.")]
    public bool NoBaselines { get; set; }

    /// <summary>Gets or sets the peer models.</summary>
    [Option("peer-models", Separator = ',', HelpText = "Models timed in our frame loop and in the Python OpenCV loop (fastestdet, yolo-fastest-1.1, yolo-fastest-1.1-xl). Default fastestdet,yolo-fastest-1.1.")]
    public IEnumerable<string> PeerModels { get; set; } = [];

    /// <summary>Gets or sets whether the frame loops are skipped.</summary>
    [Option("no-loops", HelpText = "Skip the frame-loop measurements (decode only, ours, Python peer). The report then says they were not measured.")]
    public bool NoLoops { get; set; }

    /// <summary>Gets or sets the frame cap of the loops.</summary>
    [Option("loop-frames", HelpText = "Frames per sequence the frame loops read. Default: --max-frames, else every frame.")]
    public int? LoopFrames { get; set; }

    /// <summary>Gets or sets the run time limit.</summary>
    [Option("run-timeout", Default = 1800, HelpText = "Seconds one edge-device run may take before it is stopped and counted as failed. Default 1800.")]
    public int RunTimeout { get; set; } = 1800;

    /// <summary>Gets or sets whether the report is skipped.</summary>
    [Option("no-report", HelpText = "Do not write OUTPUT/report at the end (build it later with 'benchmark report').")]
    public bool NoReport { get; set; }

    /// <summary>Gets the peer models with the default when none were given.</summary>
    public IReadOnlyList<string> PeerModelList => NoLoops ? [] : PeerModels.Any() ? [.. PeerModels] : ["fastestdet", "yolo-fastest-1.1"];

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (Repeats is < 1)
        {
            yield return $"--repeats must be at least 1, but is {Repeats}.";
        }

        if (Warmup is < 0)
        {
            yield return $"--warmup must be 0 or more, but is {Warmup}.";
        }

        if (LoopFrames is < 1 || MaxFrames is < 1)
        {
            yield return $"--max-frames and --loop-frames must be at least 1, but are {MaxFrames} and {LoopFrames}.";
        }

        if (RunTimeout < 1)
        {
            yield return $"--run-timeout must be at least 1 second, but is {RunTimeout}.";
        }

        if (Realtime.Any(r => r is not ("on" or "off")))
        {
            yield return $"--realtime takes off and/or on, but got '{string.Join(",", Realtime)}'.";
        }

        foreach (var model in PeerModelList)
        {
            if (!ModelCatalogue.TryGet(model, out var entry))
            {
                yield return $"--peer-models names '{model}', which is not a catalogue model ({string.Join(", ", ModelCatalogue.Names)}).";
            }
            else if (entry.Family is not ("fastestdet" or "yolo-fastest"))
            {
                yield return $"--peer-models names '{model}', but the Python peer decodes only fastestdet and yolo-fastest models.";
            }
        }

        if (!File.Exists(Annotations))
        {
            yield return $"--annotations names '{Annotations}', which does not exist; give the COCO ground truth of the sequences.";
        }
    }

    /// <summary>Merges flags, grid file and defaults into the grid and repeat counts; flags win over the file.</summary>
    /// <exception cref="UserFacingException">The grid file is unreadable or the merged grid is invalid.</exception>
    public (SweepGrid Grid, int Repeats, int Warmup) Resolve()
    {
        var file = Grid is null ? new GridFile() : GridFile.Read(Grid);
        var d = SweepGrid.Default;
        var grid = new SweepGrid
        {
            DetectionRates = Pick(DetectionRates, file.DetectionRates, d.DetectionRates),
            Modes = Pick(Modes, file.Modes, d.Modes),
            Tiers = Pick(Tiers, file.Tiers, d.Tiers),
            Fusions = Pick(Fusions, file.Fusions, d.Fusions),
            CloudPolicies = Defaults(PickOrNull(Policies, file.Policies)) ?? d.CloudPolicies,
            ServerPolicies = Defaults(PickOrNull(ServerPolicies, file.ServerPolicies)) ?? d.ServerPolicies,
            ServerModels = Defaults(PickOrNull(ServerModels, file.ServerModels)) ?? d.ServerModels,
            CloudModels = Defaults(PickOrNull(CloudModels, file.CloudModels)) ?? d.CloudModels,
            JpegQualities = Pick(JpegQualities, file.JpegQualities, d.JpegQualities),
            Realtime = [.. Pick(Realtime, file.Realtime, ["off"]).Select(r => string.Equals(r, "on", StringComparison.OrdinalIgnoreCase))],
            MaxFrames = MaxFrames ?? file.MaxFrames,
            IncludeBaselines = !NoBaselines && (file.Baselines ?? true),
        };

        var problems = GridRules.Check(grid).ToList();
        var repeats = Repeats ?? file.Repeats ?? 3;
        var warmup = Warmup ?? file.Warmup ?? 1;
        if (repeats < 1 || warmup < 0)
        {
            problems.Add($"Repeats must be at least 1 and warm-ups 0 or more, but they are {repeats} and {warmup}.");
        }

        if (file.Realtime?.Any(r => r is not ("on" or "off")) == true)
        {
            problems.Add($"The grid file's realtime list takes off and/or on, but holds [{string.Join(", ", file.Realtime)}].");
        }

        return problems.Count == 0
            ? (grid, repeats, warmup)
            : throw new UserFacingException(string.Join(" ", problems), ExitCodes.Usage);
    }

    private static IReadOnlyList<T> Pick<T>(IEnumerable<T> flag, IReadOnlyList<T>? file, IReadOnlyList<T> fallback) =>
        PickOrNull(flag, file) ?? fallback;

    private static IReadOnlyList<T>? PickOrNull<T>(IEnumerable<T> flag, IReadOnlyList<T>? file)
    {
        var given = flag.ToArray();
        return given.Length > 0 ? given : file;
    }

    private static IReadOnlyList<string?>? Defaults(IReadOnlyList<string>? values) => values is null
        ? null
        : [.. values.Select(v => string.Equals(v.Trim(), "default", StringComparison.OrdinalIgnoreCase) ? null : v.Trim())];
}
