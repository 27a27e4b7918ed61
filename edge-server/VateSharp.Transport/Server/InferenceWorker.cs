// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using OpenCvSharp;
using VateSharp.Inference;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>Runs one job on one detector: deadline check, JPEG decode, inference, mapping to original pixels.</summary>
internal sealed class InferenceWorker(IObjectDetector detector, TimeProvider time, ILogger logger)
{
    private readonly string _model = detector.Info.Name;

    public OutboundMessage Run(InferenceJob job, bool abandon)
    {
        var started = time.GetTimestamp();
        var queueUs = (long)time.GetElapsedTime(job.ReceivedAt, started).TotalMicroseconds;
        var request = job.Request;
        if (abandon)
        {
            return ReplyFactory.Detect(job.Route, request, ReplyStatus.Rejected,
                "The server stopped before this frame's turn came.", _model, queueUs, job: job);
        }

        if (job.Deadline is { } deadline && started > deadline)
        {
            return ReplyFactory.Detect(job.Route, request, ReplyStatus.Late,
                $"The {request.DeadlineMs} ms deadline passed while the frame waited {queueUs / 1000} ms; it was not run.",
                _model, queueUs, job: job);
        }

        try
        {
            using var image = Cv2.ImDecode(job.Jpeg.Span, ImreadModes.Color);
            if (image.Empty())
            {
                return ReplyFactory.Detect(job.Route, request, ReplyStatus.Error,
                    $"Frame 2 ({job.Jpeg.Length} bytes) is not an image OpenCV can decode.", _model, queueUs, job: job);
            }

            var detections = detector.Detect(image, job.Postprocess);
            var sx = request.ScaleX == 0f ? 1f : request.ScaleX;
            var sy = request.ScaleY == 0f ? 1f : request.ScaleY;
            var width = request.FrameWidth == 0 ? image.Width * sx : request.FrameWidth;
            var height = request.FrameHeight == 0 ? image.Height * sy : request.FrameHeight;
            var boxes = new List<Box>(detections.Count);
            foreach (var detection in detections)
            {
                var box = detection.Box.Scale(sx, sy).Clip(width, height);
                if (!box.IsEmpty)
                {
                    boxes.Add(WireMapping.ToWire(detection with { Box = box }));
                }
            }

            var inferenceUs = (long)time.GetElapsedTime(started).TotalMicroseconds;
            logger.LogTrace("Frame {Stream}/{Frame}: {Boxes} boxes, queue {QueueUs} us, inference {InferenceUs} us",
                request.StreamId, request.FrameId, boxes.Count, queueUs, inferenceUs);
            return ReplyFactory.Detect(job.Route, request, ReplyStatus.Ok, string.Empty, _model, queueUs, inferenceUs,
                boxes, job);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Inference failed on frame {Stream}/{Frame}", request.StreamId, request.FrameId);
            return ReplyFactory.Detect(job.Route, request, ReplyStatus.Error, $"Inference failed: {ex.Message}", _model,
                queueUs, job: job);
        }
    }
}
