// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Benchmark.Sweep;

/// <summary>The edge-device program's command line for one run (see docs/edge-device.md for each option).</summary>
public static class EdgeDeviceArguments
{
    /// <summary>The arguments after the dll: source, annotations, then one option per configured setting.</summary>
    public static IReadOnlyList<string> For(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var c = request.Planned.Configuration;
        if (c.DecodeOnly)
        {
            List<string> decode = [request.Sequences, "--decode-only", "--no-progress", "--output", request.OutputDirectory];
            AddIfSet(decode, "--max-frames", c.MaxFrames is { } n ? Invariant(n) : null);
            return decode;
        }

        var args = new List<string>
        {
            request.Sequences,
            request.Annotations,
            "--detection-rate", Invariant(c.DetectionRate),
            "--mode", c.Mode,
            "--tiers", c.Tiers,
            "--fusion", c.Fusion,
        };
        AddIfSet(args, "--server-policy", c.ServerPolicy);
        AddIfSet(args, "--cloud-policy", c.CloudPolicy);
        AddIfSet(args, "--server-model", c.ServerModel);
        AddIfSet(args, "--cloud-models", c.CloudModels);
        AddIfSet(args, "--jpeg-quality", c.JpegQuality is { } q ? Invariant(q) : null);
        AddIfSet(args, "--max-frames", c.MaxFrames is { } m ? Invariant(m) : null);
        if (c.Realtime)
        {
            args.Add("--realtime");
        }

        args.Add("--no-progress");
        args.Add("--output");
        args.Add(request.OutputDirectory);
        return args;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddIfSet(List<string> args, string option, string? value)
    {
        if (value is not null)
        {
            args.Add(option);
            args.Add(value);
        }
    }
}
