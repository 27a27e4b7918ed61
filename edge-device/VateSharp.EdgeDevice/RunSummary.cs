// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Pipeline.Device;

namespace VateSharp.EdgeDevice;

/// <summary>What the device prints when a run ends: frames and speed, each tier, the COCO table, the outputs.</summary>
internal static class RunSummary
{
    public static void Print(TextWriter output, DeviceRunResult result)
    {
        var report = result.Report;
        var text = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(text,
            $"Frames: {report.FramesShown} shown, {report.FramesFilled} stood in for (dropped or undecodable), {report.Sequences} sequences, {report.FramesPerSecond:F1} fps over {report.WallSeconds:F1} s; {report.CorruptFramesSkipped} undecodable frames skipped{(report.StoppedOnRequest ? "; stopped on request before the input ended" : string.Empty)}."));
        foreach (var tier in report.Tiers)
        {
            var cpu = tier.CpuSeconds is { } seconds ? string.Create(text, $", detector CPU {seconds:F1} s") : string.Empty;
            var failures = tier.Failures.Count == 0 ? string.Empty : ", failed " + string.Join(", ", tier.Failures.Select(f => $"{f.Value} {f.Key}"));
            output.WriteLine(string.Create(text,
                $"Tier {tier.Name,-6} {tier.Role,-9} {tier.Description}: {tier.Requests} frames ({100 * tier.OffloadRatio:F1} %), {tier.BytesSent / 1024.0:F0} KiB sent, latency p50 {tier.Latency.P50Ms:F0} ms p95 {tier.Latency.P95Ms:F0} ms, {tier.Merged} merged {tier.MeanFramesBehind:F1} frames late on average{failures}{cpu}."));
        }

        if (result.Scores is { } scores)
        {
            output.WriteLine(string.Create(text,
                $"COCO evaluation of what was shown: {scores.Images} frames, {scores.Annotations} boxes, {scores.Detections} detections, maxDets {string.Join("/", scores.MaxDetections)}."));
            output.Write(scores.Overall.ToTable());
            foreach (var sequence in scores.Sequences)
            {
                output.WriteLine(string.Create(text,
                    $"  {sequence.Sequence}: AP {sequence.Summary.AP:F3}, AP50 {sequence.Summary.AP50:F3} over {sequence.Images} frames"));
            }

            if (result.UnannotatedFrames > 0 || result.UnmappedDetections > 0)
            {
                output.WriteLine(string.Create(text,
                    $"Not scored: {result.UnannotatedFrames} frames without annotations, {result.UnmappedDetections} detections of classes the annotations lack."));
            }
        }

        output.WriteLine($"Outputs in {result.OutputFolder}: {string.Join(", ", result.Files.Select(Path.GetFileName))}.");
    }
}
