// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;
using Microsoft.Extensions.Logging;
using OpenCvSharp;
using OpenCvSharp.Dnn;
using VateSharp.Assets;
using VateSharp.Core.Detections;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Darknet;

/// <summary>Opens a Darknet cfg + weights pair with OpenCV DNN, keeping low scores (see <see cref="DarknetConfig"/>).</summary>
internal static class DarknetLoader
{
    /// <summary>The [yolo] score floor written into the cfg unless the caller asks for lower scores.</summary>
    public const float YoloThreshold = 0.005f;

    private static int _cudaWarningLogged;

    /// <summary>
    /// The thresh written into every [yolo] section: 0.005, or the default score threshold when that is lower;
    /// with <see cref="DetectorOptions.FixedScoreThreshold"/> and a threshold above 0.005, the next float below
    /// that threshold, because OpenCV keeps a class score only when it is strictly above thresh while the decoder
    /// keeps scores equal to its threshold, so the boxes returned stay exactly those of the 0.005 floor.
    /// </summary>
    public static float YoloThresholdFor(DetectorOptions options)
    {
        var wanted = options.Postprocess.ScoreThreshold;
        return options.FixedScoreThreshold && wanted > YoloThreshold
            ? MathF.BitDecrement(wanted)
            : Math.Min(YoloThreshold, wanted);
    }

    public static DarknetDetector Load(ModelEntry entry, string cfgPath, string weightsPath, DetectorOptions options, ILogger logger)
    {
        if (!File.Exists(cfgPath))
        {
            throw new DetectorLoadException($"The Darknet cfg {cfgPath} does not exist; check the path.");
        }

        if (!File.Exists(weightsPath))
        {
            throw new DetectorLoadException($"The Darknet weights {weightsPath} do not exist; put the .weights file beside the .cfg with the same name.");
        }

        ModelFileCheck.ThrowIfNotBinaryModel(weightsPath, "a Darknet weights file");
        var cfg = File.ReadAllText(cfgPath);
        var size = DarknetConfig.InputSize(cfg)
            ?? throw new DetectorLoadException($"{Path.GetFileName(cfgPath)} has no width and height in its [net] section; is it a Darknet cfg?");

        var threshold = YoloThresholdFor(options);
        Net net;
        try
        {
            net = CvDnn.ReadNetFromDarknet(Encoding.UTF8.GetBytes(DarknetConfig.WithYoloThreshold(cfg, threshold)), File.ReadAllBytes(weightsPath))
                ?? throw new DetectorLoadException($"OpenCV could not read {Path.GetFileName(cfgPath)}; check that the cfg and weights belong together.");
        }
        catch (OpenCVException ex)
        {
            throw new DetectorLoadException(
                $"OpenCV could not load {Path.GetFileName(cfgPath)} with {Path.GetFileName(weightsPath)} ({ex.Message.Split('\n')[0].Trim()}); check that the cfg and weights belong together.", ex);
        }

        if (net.Empty())
        {
            net.Dispose();
            throw new DetectorLoadException($"OpenCV read an empty network from {Path.GetFileName(cfgPath)}; check the cfg.");
        }

        net.SetPreferableBackend(Backend.OPENCV);
        net.SetPreferableTarget(Target.CPU);
        if (options.Provider == ExecutionProvider.Cuda && Interlocked.Exchange(ref _cudaWarningLogged, 1) == 0)
        {
            logger.LogWarning("CUDA was requested for {Model}, but OpenCV DNN in this build runs on the CPU only", entry.Name);
        }

        if (options.IntraOpThreads > 0)
        {
            Cv2.SetNumThreads(options.IntraOpThreads);
        }

        var classes = entry.ClassNames;
        var info = new DetectorInfo
        {
            Name = entry.Name,
            Family = "yolo-fastest",
            InputWidth = size.Width,
            InputHeight = size.Height,
            ClassNames = classes.Count == CocoClasses.Names.Count ? classes : CocoClasses.Names,
            Provider = "cpu",
        };
        logger.LogInformation(
            "Loaded {Model} (Darknet via OpenCV DNN, {Width}x{Height}, yolo thresh {Threshold}) from {File}",
            entry.Name, size.Width, size.Height, threshold, Path.GetFileName(cfgPath));
        return new DarknetDetector(net, info, PreprocessSettings.From(entry, size.Width, size.Height), options.Postprocess);
    }
}
