// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Pipeline.Device;

namespace VateSharp.EdgeDevice;

/// <summary>The words progress is reported in, on a terminal and off it.</summary>
internal static class ProgressText
{
    public static string Describe(DeviceProgress value, TimeSpan elapsed)
    {
        var fps = elapsed.TotalSeconds > 0 ? value.Frames / elapsed.TotalSeconds : 0;
        var frames = value.TotalFrames is { } total and > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{value.Frames}/{total} frames ({100.0 * value.Frames / total:F0} %)")
            : string.Create(CultureInfo.InvariantCulture, $"{value.Frames} frames");
        var sequence = value.Sequences is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"sequence {value.SequenceNumber}/{count} {value.Sequence}")
            : $"sequence {value.Sequence}";
        return string.Create(CultureInfo.InvariantCulture, $"edge-device: {frames}, {sequence}, {fps:F1} fps");
    }
}
