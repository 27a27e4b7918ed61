// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using ScottPlot;

namespace VateSharp.Reporting.Plots;

/// <summary>Shared set-up and saving for every report plot: font, labels, culture and PNG output.</summary>
internal static class PlotCanvas
{
    private static readonly string FontName = "DejaVu Sans";

    // The Linux SkiaSharp assets ScottPlot ships are built without fontconfig, so a font is loaded from its file;
    // without one, text would fall back to whatever Skia finds, or to nothing. Debian's fonts-dejavu-core
    // (installed by scripts/setup.sh) puts it at the first path.
    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/share/fonts/dejavu",
        "/usr/local/share/fonts",
    ];

    private static readonly Lazy<string?> Font = new(RegisterFont);

    /// <summary>A new plot with the report font, a title and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (Font.Value is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>The colour of series or group <paramref name="index"/>, from the Category10 palette.</summary>
    public static Color ColorAt(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    /// <summary>Checks the path and size, renders the plot as PNG and returns the full path.</summary>
    public static string Save(Plot plot, string path, PlotSize? size)
    {
        var (width, height) = size ?? PlotSize.Default;
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        // ScottPlot formats tick labels with the current culture; reports use '.' for decimals everywhere.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            plot.SavePng(fullPath, width, height);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        return fullPath;
    }

    /// <summary>Guards shared by every plot function.</summary>
    public static void Check(string path, PlotSize? size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Plots are written as PNG, so the path must end in .png, but it is '{path}'.",
                nameof(path));
        }

        if (size is { } s && (s.Width is < 16 or > 8192 || s.Height is < 16 or > 8192))
        {
            throw new ArgumentOutOfRangeException(nameof(size),
                $"A plot must be 16 to 8192 pixels wide and high, but {s.Width} × {s.Height} was asked for.");
        }
    }

    private static string? RegisterFont()
    {
        foreach (var folder in FontFolders)
        {
            var regular = Path.Combine(folder, "DejaVuSans.ttf");
            if (!File.Exists(regular))
            {
                continue;
            }

            Fonts.AddFontFile(FontName, regular, bold: false, italic: false);
            var bold = Path.Combine(folder, "DejaVuSans-Bold.ttf");
            Fonts.AddFontFile(FontName, File.Exists(bold) ? bold : regular, bold: true, italic: false);
            return FontName;
        }

        return null;
    }
}
