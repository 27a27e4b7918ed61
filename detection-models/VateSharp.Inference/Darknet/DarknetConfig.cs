// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;

namespace VateSharp.Inference.Darknet;

/// <summary>Reads and adjusts a Darknet .cfg: input size from [net], and a score floor for every [yolo] layer.</summary>
internal static class DarknetConfig
{
    /// <summary>
    /// Returns the cfg with <c>thresh=<paramref name="threshold"/></c> in every [yolo] section (replacing any there).
    /// OpenCV zeroes class scores below a layer's thresh, which is about 0.2 when the cfg names none; low-score
    /// boxes matter for AP and for fusion across tiers, so they are kept and filtered later.
    /// </summary>
    public static string WithYoloThreshold(string cfg, float threshold)
    {
        var output = new StringBuilder(cfg.Length + 128);
        var inYolo = false;
        foreach (var raw in cfg.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                inYolo = trimmed.Equals("[yolo]", StringComparison.OrdinalIgnoreCase);
                output.Append(line).Append('\n');
                if (inYolo)
                {
                    output.Append(CultureInfo.InvariantCulture, $"thresh={threshold}").Append('\n');
                }

                continue;
            }

            if (inYolo && Key(trimmed) == "thresh")
            {
                continue;
            }

            output.Append(line).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>Reads <c>width</c> and <c>height</c> from the [net] section.</summary>
    public static (int Width, int Height)? InputSize(string cfg)
    {
        int width = 0, height = 0;
        var inNet = false;
        foreach (var raw in cfg.Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.StartsWith('['))
            {
                if (inNet)
                {
                    break;
                }

                inNet = trimmed is "[net]" or "[network]";
                continue;
            }

            if (!inNet)
            {
                continue;
            }

            var key = Key(trimmed);
            var value = trimmed[(trimmed.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            if (key == "width")
            {
                _ = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out width);
            }
            else if (key == "height")
            {
                _ = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out height);
            }
        }

        return width > 0 && height > 0 ? (width, height) : null;
    }

    private static string Key(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? string.Empty : line[..eq].Trim().ToLowerInvariant();
    }
}
