// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using OpenCvSharp.Internal;
using OpenCvSharp.Internal.Vectors;

namespace VateSharp.Tracking.Flow;

/// <summary>
/// The Lucas-Kanade image pyramid of one gray frame, with its derivatives, built once and handed to every
/// Lucas-Kanade call that reads the frame. Without it each call rebuilds the pyramids of both of its images and
/// the derivatives of the first, so a frame tracked forward from its predecessor, backward to it and then forward
/// to its successor had its pyramid built four times. Reference-counted: the frame that caches it and each tracker
/// that keeps it as its previous frame hold one reference, and the native memory goes with the last.
/// </summary>
internal sealed class FlowPyramid
{
    private readonly Mat[] _levels;
    private readonly VectorOfMat _vector;
    private readonly IntPtr _inputArray;
    private int _references = 1;

    private FlowPyramid(Mat[] levels, VectorOfMat vector, IntPtr inputArray, int window, int levelCount)
    {
        _levels = levels;
        _vector = vector;
        _inputArray = inputArray;
        Window = window;
        Levels = levelCount;
    }

    /// <summary>Gets the Lucas-Kanade window side the pyramid was padded for.</summary>
    public int Window { get; }

    /// <summary>Gets the number of levels above the base image that were asked for.</summary>
    public int Levels { get; }

    /// <summary>Gets the base image (the gray frame itself, inside the pyramid's padded buffer).</summary>
    public Mat Image => _levels[0];

    /// <summary>Gets the number of levels built above the base image (fewer than asked for on tiny images).</summary>
    public int Built => (_levels.Length / 2) - 1;

    /// <summary>
    /// Gets the image of level <paramref name="level"/> (0 = the base, each level half the size of the one below).
    /// </summary>
    public Mat Level(int level) => _levels[2 * Math.Clamp(level, 0, Built)];

    /// <summary>Builds the pyramid of <paramref name="gray"/>; the caller holds the one reference.</summary>
    public static FlowPyramid Build(Mat gray, int window, int levels)
    {
        Cv2.BuildOpticalFlowPyramid(gray, out var mats, new Size(window, window), levels, withDerivatives: true);

        // OpenCvSharp's own InputArray over a Mat collection frees the native vector it points to as soon as it
        // is made (4.13), so Lucas-Kanade then reads freed memory; the vector is therefore kept alive here for as
        // long as the pyramid lives, and the native input array is made over it directly.
        var vector = new VectorOfMat(mats);
        NativeMethods.HandleException(NativeMethods.core_InputArray_new_byVectorOfMat(vector.CvPtr, out var inputArray));
        return new FlowPyramid(mats, vector, inputArray, window, levels);
    }

    /// <summary>Takes one more reference; pair it with <see cref="Release"/>.</summary>
    public FlowPyramid Acquire()
    {
        if (Interlocked.Increment(ref _references) <= 1)
        {
            throw new ObjectDisposedException(
                nameof(FlowPyramid), "The pyramid was acquired after its last reference was released.");
        }

        return this;
    }

    /// <summary>Gives one reference back; the last frees the native memory.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) != 0)
        {
            return;
        }

        NativeMethods.HandleException(NativeMethods.core_InputArray_delete(_inputArray));
        _vector.Dispose();
        foreach (var level in _levels)
        {
            level.Dispose();
        }
    }

    /// <summary>
    /// Tracks <paramref name="points"/> from <paramref name="from"/> to <paramref name="to"/> with pyramidal
    /// Lucas-Kanade (cv::calcOpticalFlowPyrLK on prebuilt pyramids; the result equals the call on the images).
    /// </summary>
    public static Point2f[] Track(
        FlowPyramid from, FlowPyramid to, Point2f[] points, int levels, TermCriteria stop, out byte[] status)
    {
        using var moved = new VectorOfPoint2f();
        using var found = new VectorOfByte();
        using var error = new VectorOfFloat();
        var window = new Size(from.Window, from.Window);
        NativeMethods.HandleException(NativeMethods.video_calcOpticalFlowPyrLK_vector(
            from._inputArray, to._inputArray, points, points.Length, moved.CvPtr, found.CvPtr, error.CvPtr,
            window, levels, stop, 0, 1e-4));
        GC.KeepAlive(from);
        GC.KeepAlive(to);
        status = found.ToArray();
        return moved.ToArray();
    }
}
