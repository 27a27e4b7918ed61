// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace VateSharp.Inference.Onnx;

/// <summary>Creates ONNX Runtime sessions with the project's settings and the requested execution provider.</summary>
internal static class OnnxSessionFactory
{
    private static int _cudaWarningLogged;

    /// <summary>
    /// Creates a session. A CUDA request that cannot be met (CPU-only build, no driver, no CUDA libraries) falls
    /// back to the CPU with one warning per process.
    /// </summary>
    public static (InferenceSession Session, string Provider) Create(string path, DetectorOptions options, ILogger logger)
    {
        if (options.Provider == ExecutionProvider.Cuda)
        {
            try
            {
                using var cudaOptions = BuildOptions(options);
                cudaOptions.AppendExecutionProvider_CUDA(0);
                return (new InferenceSession(path, cudaOptions), "cuda");
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
            {
                if (Interlocked.Exchange(ref _cudaWarningLogged, 1) == 0)
                {
                    logger.LogWarning(
                        "CUDA was requested but ONNX Runtime could not use it ({Reason}); running on the CPU. A GPU needs a build with -p:VateGpu=true and the CUDA libraries",
                        ex.Message.Split('\n')[0]);
                }
            }
        }

        using var cpuOptions = BuildOptions(options);
        return (new InferenceSession(path, cpuOptions), "cpu");
    }

    private static SessionOptions BuildOptions(DetectorOptions options)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,

            // Some exports (NanoDet-m 416) list their initialisers as inputs, which makes ONNX Runtime print a
            // warning per tensor; only errors are worth showing.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        if (options.IntraOpThreads > 0)
        {
            sessionOptions.IntraOpNumThreads = options.IntraOpThreads;
        }

        return sessionOptions;
    }
}
