// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// A decoded frame several workers read at once (the loop, the device detector, the encoders of the remote tiers),
/// freed when the last of them releases it. Nobody writes to the image.
/// </summary>
internal sealed class SharedImage
{
    private int _references = 1;

    public SharedImage(Mat image) => Image = image;

    public Mat Image { get; }

    /// <summary>Takes one more reference; the caller must <see cref="Release"/> it.</summary>
    public SharedImage Retain()
    {
        if (Interlocked.Increment(ref _references) <= 1)
        {
            throw new InvalidOperationException("A released frame cannot be retained again; retain it before releasing the last reference.");
        }

        return this;
    }

    /// <summary>Gives one reference back; the last one disposes the image.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Image.Dispose();
        }
    }
}
