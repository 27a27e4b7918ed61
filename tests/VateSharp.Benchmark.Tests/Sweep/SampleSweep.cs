// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Results;
using VateSharp.Benchmark.Sweep;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>
/// A fixed sweep result built in code (the default grid, three repeats): what the golden files were made from.
/// Changing it means regenerating them with VATE_UPDATE_GOLDEN=1.
/// </summary>
internal static class SampleSweep
{
    public static ReportEnvironment Environment { get; } = new()
    {
        Machine = "bench-01",
        Processor = "Example CPU @ 2.40GHz",
        LogicalCores = 2,
        OperatingSystem = "Debian GNU/Linux 12 (bookworm), Linux 6.1.0 (x64)",
        DotNet = ".NET 10.0.0",
        OnnxRuntime = "1.32.0",
        ExecutionProvider = "CPUExecutionProvider",
        Models = [new ModelChecksum("device: fastestdet (FastestDet.onnx)", "31cb14c017fce347cb4c846ec62fdf00d76bb3beecdf4be21e7116ac67feb880")],
        Dataset = ".data/synth/sequences/*: 2 sequence(s), 120 frames",
        GitCommit = "0123456789abcdef0123456789abcdef01234567",
    };

    public static SweepResults Results()
    {
        var planned = SweepGrid.Default.Expand();
        var results = planned.Select(p => new ConfigurationResult(p, Runs(p))).ToArray();
        return new SweepResults
        {
            Configurations = results,
            Environment = Environment,
            PlannedRepeats = 3,
            Loops = new LoopResults
            {
                DecodeOnly = [Loop(LoopMeasurement.Ours, null, 130), Loop(LoopMeasurement.Ours, null, 126), Loop(LoopMeasurement.Ours, null, 128)],
                Ours = new Dictionary<string, IReadOnlyList<LoopMeasurement>>
                {
                    ["fastestdet"] = [Loop(LoopMeasurement.Ours, "fastestdet", 61), Loop(LoopMeasurement.Ours, "fastestdet", 59.5)],
                    ["yolo-fastest-1.1"] = [Loop(LoopMeasurement.Ours, "yolo-fastest-1.1", 40)],
                },
                Peer = new Dictionary<string, IReadOnlyList<LoopMeasurement>>
                {
                    ["fastestdet"] = [Loop(LoopMeasurement.Peer, "fastestdet", 24), Loop(LoopMeasurement.Peer, "fastestdet", 25)],
                    ["yolo-fastest-1.1"] =
                    [
                        new LoopMeasurement
                        {
                            Implementation = LoopMeasurement.Peer,
                            Available = false,
                            Model = "yolo-fastest-1.1",
                            Reason = "/usr/bin/python3 cannot import cv2; install python3-opencv and python3-numpy",
                        },
                    ],
                },
            },
        };
    }

    private static LoopMeasurement Loop(string implementation, string? model, double fps) => new()
    {
        Implementation = implementation,
        Model = model,
        Backend = implementation == LoopMeasurement.Peer ? "OpenCV DNN 4.6.0 (CPU)"
            : model is null ? "OpenCV 4.13.0 imread (OpenCvSharp)" : "ONNX Runtime 1.32.0 (cpu)",
        DecodeOnly = model is null,
        Frames = 120,
        WarmupFrames = 10,
        Seconds = 120 / fps,
        Fps = fps,
        Detections = 1000,
    };

    private static List<RunRecord> Runs(PlannedConfiguration planned)
    {
        // The server ceiling never finished: its row must stay, with NA.
        if (planned.Plays(ConfigurationRole.ServerCeiling))
        {
            return [];
        }

        var c = planned.Configuration;
        var (ap, fps, cloud) = planned.Roles[0] switch
        {
            ConfigurationRole.Sweep when c.Mode == "sync" => (0.300, 20.0, 0.18),
            ConfigurationRole.Sweep => (0.280, 27.0, 0.15),
            ConfigurationRole.DeviceOnly when c.Mode == "sync" => (0.150, 90.0, 0.0),
            ConfigurationRole.DeviceOnly => (0.140, 110.0, 0.0),
            ConfigurationRole.DeviceCeiling => (0.180, 70.0, 0.0),
            ConfigurationRole.CloudCeiling => (0.320, 4.5, 1.0),
            ConfigurationRole.VateSync => (0.250, 15.0, 0.2),
            ConfigurationRole.DecodeOnly => (double.NaN, 150.0, 0.0),
            _ => (0.220, 21.0, 0.2),
        };
        return
        [
            .. Enumerable.Range(1, 3).Select(repeat => new RunRecord(repeat, new RunMetrics
            {
                Frames = 120,
                Fps = fps * (1 + (0.02 * (repeat - 2))),
                Drops = 0,
                BytesPerFrame = c.IsDeviceOnly ? 0 : 52_000 * (cloud + (c.HasServer ? 0.2 : 0)),
                CloudRatio = c.DecodeOnly ? null : c.HasCloud ? cloud : 0,
                ServerRatio = c.DecodeOnly ? null : c.HasServer ? 0.2 : 0,
                Tiers =
                [
                    .. c.TierList.Contains("device") && !c.DecodeOnly
                        ? [new TierMetrics("device", 4 + repeat, 9 + repeat, 12 + repeat, 120, 0, 0, 1)]
                        : Array.Empty<TierMetrics>(),
                    .. c.HasServer ? [new TierMetrics("server", 30, 45.5, 60, 24, 24 * 20_000, 0)] : Array.Empty<TierMetrics>(),
                    .. c.HasCloud ? [new TierMetrics("cloud", 150, 210 + repeat, 260, 120 * cloud, 120 * cloud * 40_000, 1)] : Array.Empty<TierMetrics>(),
                ],
                WallSeconds = 120 / fps,
                CpuSeconds = 120 / fps * 1.5,
                Stages =
                [
                    KeyValuePair.Create<string, double?>("Decode", 1.0 + (0.1 * repeat)),
                    .. c.DecodeOnly ? [] : new[]
                    {
                        KeyValuePair.Create<string, double?>("Track", 4.0),
                        KeyValuePair.Create<string, double?>("Fuse", 0.5),
                    },
                    KeyValuePair.Create<string, double?>("Frame", 1000 / fps),
                ],
                Ap = double.IsNaN(ap) ? null : ap + (0.004 * (repeat - 2)),
                Ap50 = double.IsNaN(ap) ? null : Math.Min(1, ap * 1.9),
                Ap75 = double.IsNaN(ap) ? null : ap * 0.8,
                SequenceAp = double.IsNaN(ap)
                    ? new Dictionary<string, double?>()
                    : new Dictionary<string, double?> { ["synth_0001"] = ap * 1.1, ["synth_0002"] = repeat == 3 ? null : ap * 0.9 },
            })),
        ];
    }
}
