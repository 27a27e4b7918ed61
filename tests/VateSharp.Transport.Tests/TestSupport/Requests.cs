// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Protocol;

namespace VateSharp.Transport.Tests.TestSupport;

/// <summary>Builds requests for tests.</summary>
internal static class Requests
{
    public static DetectionRequest Frame(string stream, ulong id, TimeSpan? timeout = null) => new()
    {
        StreamId = stream,
        FrameId = id,
        Jpeg = TestJpeg.ForFrame(id),
        Timeout = timeout ?? TimeSpan.FromSeconds(5),
    };
}
