// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>Checks a decoded detect request and turns its wishes into thresholds, before it is queued.</summary>
internal static class RequestValidator
{
    public const int MaxStreamIdLength = 256;
    public const int MaxDetectionsLimit = 10_000;

    public static bool TryValidate(
        DetectRequest request, int jpegBytes, PostprocessOptions defaults, out PostprocessOptions options, out string error)
    {
        options = defaults;
        error = string.Empty;
        if (request.StreamId.Length > MaxStreamIdLength)
        {
            error = $"The stream id must be at most {MaxStreamIdLength} characters; got {request.StreamId.Length}.";
            return false;
        }

        if (jpegBytes == 0)
        {
            error = "Frame 2 (the JPEG) is empty.";
            return false;
        }

        if (!IsScale(request.ScaleX) || !IsScale(request.ScaleY))
        {
            error = $"Scale factors must be finite and positive (or 0 for 1); got {request.ScaleX} x {request.ScaleY}.";
            return false;
        }

        if (request.FrameWidth > 100_000 || request.FrameHeight > 100_000)
        {
            error = $"The frame size {request.FrameWidth}x{request.FrameHeight} is beyond 100000 pixels a side.";
            return false;
        }

        var wishes = request.Wishes;
        if (wishes is null)
        {
            return true;
        }

        if (wishes.HasScoreThreshold && !(wishes.ScoreThreshold is >= 0f and <= 1f))
        {
            error = $"The score threshold must be in [0, 1]; got {wishes.ScoreThreshold}.";
            return false;
        }

        if (wishes.HasNmsThreshold && !(wishes.NmsThreshold is > 0f and <= 1f))
        {
            error = $"The NMS threshold must be in (0, 1]; got {wishes.NmsThreshold}.";
            return false;
        }

        if (wishes.HasMaxDetections && wishes.MaxDetections is 0 or > MaxDetectionsLimit)
        {
            error = $"Max detections must be between 1 and {MaxDetectionsLimit}; got {wishes.MaxDetections}.";
            return false;
        }

        options = defaults with
        {
            ScoreThreshold = wishes.HasScoreThreshold ? wishes.ScoreThreshold : defaults.ScoreThreshold,
            NmsThreshold = wishes.HasNmsThreshold ? wishes.NmsThreshold : defaults.NmsThreshold,
            MaxDetections = wishes.HasMaxDetections ? (int)wishes.MaxDetections : defaults.MaxDetections,
        };
        return true;
    }

    private static bool IsScale(float value) => value == 0f || (float.IsFinite(value) && value > 0f && value < 1000f);
}
