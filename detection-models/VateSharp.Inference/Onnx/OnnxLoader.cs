// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using VateSharp.Assets;
using VateSharp.Core.Detections;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Onnx;

/// <summary>Opens an ONNX model, checks it against its family's layout and builds an <see cref="OnnxDetector"/>.</summary>
internal static class OnnxLoader
{
    private static readonly int DefaultUserInputSize = 640;

    public static OnnxDetector Load(ModelEntry entry, string path, DetectorOptions options, ILogger logger, bool userModel)
    {
        ModelFileCheck.ThrowIfNotBinaryModel(path, "an ONNX model");

        InferenceSession session;
        string provider;
        try
        {
            (session, provider) = OnnxSessionFactory.Create(path, options, logger);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new DetectorLoadException(
                $"ONNX Runtime could not load {Path.GetFileName(path)} ({FirstLine(ex.Message)}); check that the file is a complete ONNX model.", ex);
        }

        try
        {
            return Build(entry, path, session, provider, options, logger, userModel);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static OnnxDetector Build(
        ModelEntry entry, string path, InferenceSession session, string provider, DetectorOptions options, ILogger logger, bool userModel)
    {
        var file = Path.GetFileName(path);
        var input = session.InputMetadata.FirstOrDefault(kv => kv.Value.ElementType == typeof(float)
            && kv.Value.Dimensions.Length == 4 && kv.Value.Dimensions[1] is 3 or < 1);
        if (input.Key is null)
        {
            throw new DetectorLoadException($"{file} has no float image input of shape [1,3,H,W]; VateSharp detectors need one.");
        }

        var dims = input.Value.Dimensions;
        var fallback = options.InputSize ?? (userModel ? DefaultUserInputSize : entry.InputWidth);
        var width = dims[3] > 0 ? dims[3] : fallback;
        var height = dims[2] > 0 ? dims[2] : (options.InputSize ?? (userModel ? DefaultUserInputSize : entry.InputHeight));

        var outputs = session.OutputMetadata.Values.ToList();
        if (outputs.Any(o => o.ElementType != typeof(float)))
        {
            throw new DetectorLoadException($"{file} has non-float outputs; VateSharp decoders read float32 tensors.");
        }

        // A batch dimension left dynamic is always 1 here, which lets the outputs be bound once.
        var shapes = outputs.Select(o => o.Dimensions.Select((d, i) => i == 0 && d < 1 && o.Dimensions.Length > 2 ? 1 : d).ToArray()).ToList();
        var decoder = ModelFamilies.CreateDecoder(entry.Family);
        var problem = decoder.CheckLayout([.. shapes.Cast<IReadOnlyList<int>>()], width, height);
        if (problem is not null)
        {
            throw new DetectorLoadException($"{file} does not look like a {entry.Family} model: {problem}; check --family.");
        }

        var classNames = userModel
            ? ClassNamesFor(session, ClassCount(entry.Family, shapes))
            : entry.ClassNames;
        var info = new DetectorInfo
        {
            Name = entry.Name,
            Family = entry.Family,
            InputWidth = width,
            InputHeight = height,
            ClassNames = classNames,
            Provider = provider,
        };
        logger.LogInformation(
            "Loaded {Model} ({Family}, {Width}x{Height}, {Classes} classes) from {File} on {Provider}",
            info.Name, info.Family, width, height, classNames.Count, file, provider);
        var preprocess = PreprocessSettings.From(entry, width, height);
        return new OnnxDetector(session, info, input.Key, preprocess, decoder, options.Postprocess, shapes);
    }

    private static int ClassCount(string family, List<int[]> shapes) => family switch
    {
        "yolox" or "yolov5" => shapes[0][^1] - 5,
        "yolov8" => shapes[0][1] - 4,
        "fastestdet" => shapes[0][1] - 5,
        _ => shapes.Select(s => s[^1]).FirstOrDefault(c => c != 32, 80),
    };

    /// <summary>Class names from Ultralytics' "names" metadata, else COCO's for 80 classes, else "class N".</summary>
    private static IReadOnlyList<string> ClassNamesFor(InferenceSession session, int count)
    {
        if (session.ModelMetadata.CustomMetadataMap.TryGetValue("names", out var names))
        {
            var parsed = UltralyticsNames.TryParse(names);
            if (parsed is not null && parsed.Count == count)
            {
                return parsed;
            }
        }

        return count == CocoClasses.Names.Count ? CocoClasses.Names : [.. Enumerable.Range(0, Math.Max(count, 0)).Select(i => $"class {i}")];
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');
}
