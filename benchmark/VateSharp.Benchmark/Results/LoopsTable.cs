// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Benchmark.Sweep;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// The frame loops side by side on the same frames: reading only, our loop and the Python OpenCV peer per model,
/// with ours ÷ peer from the same sweep. A loop that could not run keeps its row and says why.
/// </summary>
internal static class LoopsTable
{
    public const string Title = "Frame loops";

    public static ReportTable Build(SweepResults results)
    {
        var table = new ReportTable(Title,
        [
            ReportColumn.Text("Loop"),
            ReportColumn.Text("Model"),
            ReportColumn.Text("Backend"),
            ReportColumn.Count("Frames"),
            ReportColumn.FramesPerSecond("FPS") with { AllowHoist = false },
            ReportColumn.Number("Ours ÷ peer") with { Decimals = 2, AllowHoist = false, Description = "Our loop's FPS ÷ the Python OpenCV loop's on the same frames (goal ≥ 2)." },
            ReportColumn.Text("Status"),
        ])
        {
            Description = "Each loop reads the same frames in order with OpenCV's imread and, unless decode only, runs the light " +
                "detector with its decoding and NMS on each; ours reads on a second thread while the previous frame is detected " +
                "(read-ahead, in the Backend column). FPS is the median (min–max) over repeats.",
        };

        var loops = results.Loops;
        if (loops.DecodeOnly.Count == 0 && loops.Models.Count == 0)
        {
            table.AddRow("Python OpenCV", ReportValue.Missing, ReportValue.Missing, ReportValue.Missing, ReportValue.Missing, ReportValue.Missing,
                "not measured: the sweep ran without frame loops (--no-loops)");
            return table;
        }

        AddRow(table, "decode only", null, loops.DecodeOnly, null);
        foreach (var model in loops.Models)
        {
            var ours = loops.Ours.GetValueOrDefault(model) ?? [];
            var peer = loops.Peer.GetValueOrDefault(model) ?? [];
            AddRow(table, "VateSharp", model, ours, Ratio(ours, peer));
            AddRow(table, "Python OpenCV", model, peer, null);
        }

        return table;
    }

    /// <summary>Median FPS of the measurements that ran, or null.</summary>
    public static double? MedianFps(IReadOnlyList<LoopMeasurement> measurements)
    {
        var summary = RunAggregation.Summarize(measurements.Where(m => m.Available).Select(m => m.Fps));
        return summary.IsMissing ? null : summary.Value;
    }

    /// <summary>Ours ÷ peer of the medians, or null when either did not run.</summary>
    public static double? Ratio(IReadOnlyList<LoopMeasurement> ours, IReadOnlyList<LoopMeasurement> peer) =>
        ReferencesTable.Divide(MedianFps(ours), MedianFps(peer));

    private static void AddRow(ReportTable table, string loop, string? model, IReadOnlyList<LoopMeasurement> measurements, double? ratio)
    {
        var ran = measurements.Where(m => m.Available).ToArray();
        var status = ran.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"measured {ran.Length} time(s)")
            : measurements.LastOrDefault(m => !m.Available)?.Reason is { } reason
                ? "not measured: " + reason
                : "not measured";
        table.AddRow(
            loop,
            model,
            ran.Select(m => m.Backend).FirstOrDefault(b => b is not null),
            ran.Length > 0 ? ran[0].Frames : ReportValue.Missing,
            RunAggregation.Summarize(ran.Select(m => m.Fps)),
            ratio,
            status);
    }
}
