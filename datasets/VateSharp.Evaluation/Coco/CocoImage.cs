// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>One entry of a COCO file's <c>images</c> array.</summary>
/// <param name="Id">The image id annotations refer to.</param>
/// <param name="FileName">The file name relative to the dataset root, for example <c>uav0000086_00000_v/0000001.jpg</c>.</param>
/// <param name="Width">The width in pixels (0 when the file does not say).</param>
/// <param name="Height">The height in pixels (0 when the file does not say).</param>
public sealed record CocoImage(long Id, string FileName, int Width, int Height)
{
    /// <summary>
    /// Gets the sequence the image belongs to: the folder part of <see cref="FileName"/> (everything before the
    /// last <c>/</c>), or the empty string for a file at the root.
    /// </summary>
    public string Sequence
    {
        get
        {
            var slash = FileName.Replace('\\', '/').LastIndexOf('/');
            return slash < 0 ? string.Empty : FileName[..slash].Replace('\\', '/');
        }
    }
}
