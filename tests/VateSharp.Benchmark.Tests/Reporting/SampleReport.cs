// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting;

/// <summary>The small fixed report the golden files were made from. Changing it means regenerating them.</summary>
internal static class SampleReport
{
    // A valid 1 × 1 red PNG stands in for plots, so the HTML golden file stays small and never depends on ScottPlot.
    public static readonly byte[] TinyPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE, 0x00, 0x00, 0x00,
        0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xF7,
        0x03, 0x41, 0x43, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    public static ReportEnvironment Environment { get; } = new()
    {
        Machine = "bench-01",
        Processor = "Example CPU @ 2.40GHz",
        LogicalCores = 2,
        OperatingSystem = "Debian GNU/Linux 12 (bookworm), Linux 6.1.0 (x64)",
        DotNet = ".NET 10.0.0",
        OnnxRuntime = "1.32.0",
        ExecutionProvider = "CPUExecutionProvider",
        Models =
        [
            new ModelChecksum("FastestDet.onnx", "0f2c6c1f9a3e4b5d6c7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"),
            new ModelChecksum("yolox_nano.onnx", null),
        ],
        Dataset = "VisDrone2019-VID-val, 2 sequences",
        GitCommit = "28724d9c0ffee0000000000000000000000000ab",
        Extra = [new EnvironmentEntry("Repeats", "3")],
    };

    public static ReportTable Table()
    {
        var table = new ReportTable("Sweep", [
            ReportColumn.Text("Mode"),
            ReportColumn.Number("Detection rate"),
            ReportColumn.Text("Offload policy"),
            ReportColumn.Count("JPEG quality"),
            ReportColumn.Ratio("mAP") with { Description = "COCO AP over IoU 0.50:0.95", AllowHoist = false },
            ReportColumn.Ratio("AP50"),
            ReportColumn.FramesPerSecond("FPS"),
            ReportColumn.Duration("p95 edge"),
            ReportColumn.Bytes("Sent per frame"),
            ReportColumn.Percent("Offloaded"),
            ReportColumn.Count("Drops"),
            ReportColumn.Text("Note"),
        ])
        {
            Description = "Median of the runs of each configuration.",
        };

        table.AddRow("sync", 1, "confidence", 80, ReportValue.OfSummary(0.41234, 0.40111, 0.42049, 3), 0.655,
            ReportValue.OfSummary(24.71, 24.12, 25.33, 3), 12.34, 23456, 41.25, 0, "warm-up excluded");
        table.AddRow("async", 5, "confidence", 80, ReportValue.OfSummary(0.398, 0.3951, 0.404, 3), ReportValue.Missing,
            29.96, 8.5, 18000, 35, 2, "edge, \"slow\" start");
        table.AddRow("async | pinned", 10, "confidence", 80, ReportValue.OfSummary(0.371, 0.371, 0.371, 3), 0.601,
            30, 9.875, 1536, 12.5, ReportValue.Missing, ReportValue.Missing);
        return table;
    }

    public static Report Report() => new("VateSharp sweep", Environment, [Table()])
    {
        Images = [new ReportImage("mAP vs detection rate", "map-vs-detection-rate.png", TinyPng)],
    };
}
