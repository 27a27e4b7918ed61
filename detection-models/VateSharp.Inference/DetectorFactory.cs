// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VateSharp.Assets;
using VateSharp.Inference.Darknet;
using VateSharp.Inference.Onnx;

namespace VateSharp.Inference;

/// <summary>Loads detectors by catalogue name (fetching and verifying their files) or from a model file.</summary>
public static class DetectorFactory
{
    /// <summary>Creates a detector.</summary>
    /// <param name="catalogueNameOrPath">
    /// A catalogue name (for example <c>yolox-nano</c>), or a path to an .onnx file, or to a Darknet .cfg with its
    /// .weights beside it; a path needs <see cref="DetectorOptions.Family"/>.
    /// </param>
    /// <param name="options">Thresholds, threads, execution provider, family.</param>
    /// <param name="store">Where catalogue files come from; <see langword="null"/> uses <see cref="AssetStore.Default"/>.</param>
    /// <param name="ct">Cancels fetching the files.</param>
    /// <exception cref="DetectorLoadException">The model is missing, is not a model, or has an unexpected layout.</exception>
    /// <exception cref="AssetException">A catalogue file cannot be fetched or fails its checksum.</exception>
    public static async Task<IObjectDetector> CreateAsync(
        string catalogueNameOrPath, DetectorOptions options, AssetStore? store = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogueNameOrPath);
        ArgumentNullException.ThrowIfNull(options);

        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(DetectorFactory));
        if (ModelCatalogue.TryGet(catalogueNameOrPath, out var entry))
        {
            var files = await (store ?? AssetStore.Default).GetModelFilesAsync(entry, ct).ConfigureAwait(false);
            return Load(entry, files, options, logger);
        }

        var path = Path.GetFullPath(catalogueNameOrPath);
        if (!File.Exists(path))
        {
            throw new DetectorLoadException(
                $"'{catalogueNameOrPath}' is neither a catalogue model ({string.Join(", ", ModelCatalogue.Names)}) nor an existing model file.");
        }

        // A Darknet pair needs no family: OpenCV decodes its YOLO layers the same way for every cfg.
        var darknet = path.EndsWith(".cfg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".weights", StringComparison.OrdinalIgnoreCase)
            || string.Equals(options.Family, "yolo-fastest", StringComparison.OrdinalIgnoreCase);
        if (!darknet && !ModelFamilies.IsKnown(options.Family))
        {
            throw new DetectorLoadException(
                $"The model file {Path.GetFileName(path)} needs its family; pass one of {string.Join(", ", ModelFamilies.Names)} (for example --family yolov8).");
        }

        var name = Path.GetFileNameWithoutExtension(path);
        if (darknet)
        {
            var cfg = Path.ChangeExtension(path, ".cfg");
            var weights = Path.ChangeExtension(path, ".weights");
            var described = ModelFamilies.DescribeUserModel("yolo-fastest", name, cfg, 0, 0);
            return DarknetLoader.Load(described, cfg, weights, options, logger);
        }

        var family = options.Family!.ToLowerInvariant();
        return OnnxLoader.Load(ModelFamilies.DescribeUserModel(family, name, path, 0, 0), path, options, logger, userModel: true);
    }

    private static IObjectDetector Load(ModelEntry entry, IReadOnlyList<string> files, DetectorOptions options, ILogger logger)
    {
        if (entry.Family == "yolo-fastest")
        {
            var cfg = files.First(f => f.EndsWith(".cfg", StringComparison.OrdinalIgnoreCase));
            var weights = files.First(f => f.EndsWith(".weights", StringComparison.OrdinalIgnoreCase));
            return DarknetLoader.Load(entry, cfg, weights, options, logger);
        }

        return OnnxLoader.Load(entry, files[0], options, logger, userModel: false);
    }
}
