// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>What a source specification names.</summary>
public enum FrameSourceKind
{
    /// <summary>Image sequences: a glob, a folder of images, or a VisDrone root.</summary>
    ImageSequences,

    /// <summary>A video file.</summary>
    VideoFile,

    /// <summary>A camera by index.</summary>
    Camera,

    /// <summary>A network stream (rtsp://, http://, ...).</summary>
    Stream,
}
