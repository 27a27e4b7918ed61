// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Tracking.Motion;

/// <summary>
/// Constant-velocity motion of one box: centre and size each move at a filtered velocity per frame, so boxes
/// follow steady motion and steady zoom. Pure arithmetic; no image is involved.
/// </summary>
public sealed class BoxKalmanFilter
{
    private readonly MotionModelOptions _options;
    private AxisFilter _centerX;
    private AxisFilter _centerY;
    private AxisFilter _width;
    private AxisFilter _height;

    /// <summary>Starts a filter at <paramref name="box"/> with unknown (zero-mean) velocity.</summary>
    public BoxKalmanFilter(BoundingBox box, MotionModelOptions? options = null)
    {
        _options = options ?? MotionModelOptions.Default;
        _options.Validate();
        var size = SizeOf(box);
        var positionVariance = Square(_options.MeasurementNoise * size);
        var velocityVariance = Square(_options.InitialVelocityNoise * size);
        _centerX = new AxisFilter(box.CenterX, positionVariance, velocityVariance);
        _centerY = new AxisFilter(box.CenterY, positionVariance, velocityVariance);
        _width = new AxisFilter(box.Width, positionVariance, velocityVariance);
        _height = new AxisFilter(box.Height, positionVariance, velocityVariance);
    }

    /// <summary>Gets the current box estimate (sizes never below one pixel).</summary>
    public BoundingBox Box => BoundingBox.FromCenter(
        (float)_centerX.Position,
        (float)_centerY.Position,
        (float)Math.Max(1.0, _width.Position),
        (float)Math.Max(1.0, _height.Position));

    /// <summary>Gets the estimated centre velocity in pixels per frame.</summary>
    public (double X, double Y) Velocity => (_centerX.Velocity, _centerY.Velocity);

    /// <summary>Gets the number of frames predicted since the last measurement.</summary>
    public int FramesSinceMeasurement { get; private set; }

    /// <summary>Moves the estimate <paramref name="frames"/> frames ahead.</summary>
    public void Predict(int frames = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        var variance = Square(_options.ProcessNoise * SizeOf(Box));
        _centerX.Predict(frames, variance);
        _centerY.Predict(frames, variance);
        _width.Predict(frames, variance);
        _height.Predict(frames, variance);
        FramesSinceMeasurement += frames;
    }

    /// <summary>Takes a measured box on the current frame.</summary>
    public void Correct(BoundingBox measured)
    {
        var variance = Square(_options.MeasurementNoise * SizeOf(measured));
        _centerX.Correct(measured.CenterX, variance);
        _centerY.Correct(measured.CenterY, variance);
        _width.Correct(measured.Width, variance);
        _height.Correct(measured.Height, variance);
        FramesSinceMeasurement = 0;
    }

    private static double SizeOf(BoundingBox box) => Math.Max(1.0, Math.Max(box.Width, box.Height));

    private static double Square(double value) => value * value;
}
