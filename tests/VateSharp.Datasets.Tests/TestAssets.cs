// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Tests;

/// <summary>
/// Finds the local asset mirror for tests: <c>VATE_ASSETS_MIRROR</c>, else /work/shared/assets, else
/// <c>../shared/assets</c> beside the repository root. Kept in this one file so that the asset catalogue
/// (VateSharp.Assets) can replace it.
/// </summary>
internal static class TestAssets
{
    private static readonly Lazy<string?> Mirror = new(FindMirror);

    /// <summary>Gets the 100 PASCAL VOC 2007 images with COCO ground truth.</summary>
    public static string Voc100 => Data("gt-voc2007-100img-rodm");

    /// <summary>Gets the 16 COCO train2017 images with their instances JSON.</summary>
    public static string TinyCoco => Data("gt-tiny-coco-16img");

    /// <summary>Gets the COCO val2014 evaluation fixture with pycocotools' published numbers.</summary>
    public static string CocoEvalFixture => Data("coco-val2014-eval-fixture");

    /// <summary>Returns the path of a data folder of the mirror.</summary>
    /// <param name="folder">The folder name under <c>data/</c>.</param>
    /// <returns>The absolute path.</returns>
    public static string Data(string folder)
    {
        var root = Mirror.Value ?? throw new InvalidOperationException(
            "No asset mirror found: set VATE_ASSETS_MIRROR to the folder holding data/ and models/ " +
            "(for example /work/shared/assets).");
        var path = Path.Combine(root, "data", folder);
        return Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"The asset mirror '{root}' has no data/{folder}; refresh the mirror.");
    }

    private static string? FindMirror()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("VATE_ASSETS_MIRROR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (Directory.Exists("/work/shared/assets"))
        {
            return "/work/shared/assets";
        }

        // Walk up from the test binaries to the repository root and look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "assets");
            if (File.Exists(Path.Combine(dir.FullName, "VateSharp.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
