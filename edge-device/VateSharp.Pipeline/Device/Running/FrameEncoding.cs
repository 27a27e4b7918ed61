// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Device.Running;

/// <summary>How a frame is encoded for a remote tier, on top of the tier's size limit.</summary>
/// <param name="Scale">The factor on width and height after fitting the tier's size (1 keeps it).</param>
/// <param name="JpegQuality">The JPEG quality, 1-100.</param>
internal readonly record struct FrameEncoding(double Scale, int JpegQuality);
