// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>Whether to send a frame to a tier, and how to encode it.</summary>
/// <param name="Send">Whether to send.</param>
/// <param name="JpegQuality">The JPEG quality (1-100) to encode with.</param>
/// <param name="Scale">The factor on the frame's width and height before encoding (1 keeps the size).</param>
/// <param name="Reason">A short reason, for logs and metrics (for example <c>tier busy</c>).</param>
public readonly record struct OffloadDecision(bool Send, int JpegQuality, double Scale, string Reason)
{
    /// <summary>A decision not to send.</summary>
    public static OffloadDecision Skip(string reason) => new(false, 0, 0.0, reason);

    /// <summary>A decision to send with the given encoding.</summary>
    public static OffloadDecision SendWith(int jpegQuality, double scale, string reason) => new(true, jpegQuality, scale, reason);
}
