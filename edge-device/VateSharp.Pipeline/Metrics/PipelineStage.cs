// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Metrics;

/// <summary>The timed stages of the device's frame loop.</summary>
public enum PipelineStage
{
    /// <summary>Reading and decoding the frame.</summary>
    Decode = 0,

    /// <summary>Running the device's light detector (the part the loop waits for).</summary>
    DeviceDetect = 1,

    /// <summary>Moving tracked boxes to the frame.</summary>
    Track = 2,

    /// <summary>Replaying a late result through buffered frames.</summary>
    CatchUp = 3,

    /// <summary>Encoding a frame for a tier.</summary>
    Encode = 4,

    /// <summary>Merging results.</summary>
    Fuse = 5,

    /// <summary>The whole frame, decode to shown.</summary>
    Frame = 6,
}
