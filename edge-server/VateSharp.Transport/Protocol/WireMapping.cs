// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Protocol;

/// <summary>Converts between the generated protobuf classes and the public records.</summary>
internal static class WireMapping
{
    public static DetectRequest ToWire(DetectionRequest request, uint deadlineMs)
    {
        var wire = new DetectRequest
        {
            StreamId = request.StreamId,
            FrameId = request.FrameId,
            CaptureUnixUs = request.CaptureUnixMicroseconds,
            DeadlineMs = deadlineMs,
            ScaleX = request.ScaleX,
            ScaleY = request.ScaleY,
            FrameWidth = (uint)Math.Max(0, request.FrameWidth),
            FrameHeight = (uint)Math.Max(0, request.FrameHeight),
            Wishes = new Wire.DetectorWishes { Model = request.Wishes.Model ?? string.Empty },
        };
        if (request.Wishes.ScoreThreshold is { } score)
        {
            wire.Wishes.ScoreThreshold = score;
        }

        if (request.Wishes.NmsThreshold is { } nms)
        {
            wire.Wishes.NmsThreshold = nms;
        }

        if (request.Wishes.MaxDetections is { } max)
        {
            wire.Wishes.MaxDetections = (uint)Math.Max(0, max);
        }

        return wire;
    }

    public static DetectionReply FromWire(DetectReply wire, string server, TimeSpan roundTrip) => new()
    {
        StreamId = wire.StreamId,
        FrameId = wire.FrameId,
        Status = FromWire(wire.Status),
        Reason = wire.Reason,
        Detections = wire.Boxes.Select(b =>
            new Detection(new BoundingBox(b.X1, b.Y1, b.X2, b.Y2), b.ClassId, b.Label, b.Score)).ToArray(),
        QueueTime = TimeSpan.FromMicroseconds(wire.QueueUs),
        InferenceTime = TimeSpan.FromMicroseconds(wire.InferenceUs),
        Model = wire.Model,
        CaptureUnixMicroseconds = wire.CaptureUnixUs,
        RoundTrip = roundTrip,
        Server = server,
    };

    public static Box ToWire(Detection detection) => new()
    {
        X1 = detection.Box.X1,
        Y1 = detection.Box.Y1,
        X2 = detection.Box.X2,
        Y2 = detection.Box.Y2,
        ClassId = detection.ClassId,
        Label = detection.Label,
        Score = detection.Score,
    };

    public static DetectionStatus FromWire(ReplyStatus status) => status switch
    {
        ReplyStatus.Ok => DetectionStatus.Ok,
        ReplyStatus.Late => DetectionStatus.Late,
        ReplyStatus.Rejected => DetectionStatus.Rejected,
        _ => DetectionStatus.Error,
    };

    public static ServerState FromWire(Wire.ServerState state) =>
        state == Wire.ServerState.Draining ? ServerState.Draining : ServerState.Ready;
}
