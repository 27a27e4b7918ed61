// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.VisDrone;

namespace VateSharp.Datasets.Cli.Commands;

/// <summary>The <c>visdrone-to-coco</c> verb.</summary>
internal static class VisDroneToCocoCommand
{
    public static int Run(VisDroneToCocoOptions options, TextWriter output, TextWriter error)
    {
        if (VisDroneToCocoOptions.ParseIds(options.CategoryIds) is not { } ids)
        {
            error.WriteLine($"datasets: --category-ids must be vate or one-based, got '{options.CategoryIds}'.");
            return 2;
        }

        var dataset = VisDroneToCocoConverter.ConvertToFile(
            options.Root, options.Output, new VisDroneConversionOptions { CategoryIds = ids });
        output.WriteLine(
            $"Wrote {dataset.Images.Count} images, {dataset.Annotations.Count} annotations and " +
            $"{dataset.Categories.Count} categories to {options.Output}.");
        return 0;
    }
}
