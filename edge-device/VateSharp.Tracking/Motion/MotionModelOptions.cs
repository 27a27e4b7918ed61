// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking.Motion;

/// <summary>
/// Noise levels of <see cref="BoxKalmanFilter"/>, each a fraction of the box's larger side so that one setting
/// suits a 10-pixel pedestrian and a 300-pixel bus alike.
/// </summary>
public sealed class MotionModelOptions
{
    /// <summary>Gets the defaults.</summary>
    public static MotionModelOptions Default { get; } = new();

    /// <summary>Gets the standard deviation of a measured box coordinate. Default 0.05 (a 100-pixel box is off by 5 pixels).</summary>
    public double MeasurementNoise { get; init; } = 0.05;

    /// <summary>Gets the standard deviation of a coordinate's acceleration per frame². Default 0.01.</summary>
    public double ProcessNoise { get; init; } = 0.01;

    /// <summary>Gets the standard deviation of a new object's unknown velocity per frame. Default 0.1.</summary>
    public double InitialVelocityNoise { get; init; } = 0.1;

    /// <summary>
    /// Gets how many frames an object is moved by prediction alone after its last measurement; after that it
    /// stays put and is treated as lost. Default 15.
    /// </summary>
    public int MaxPredictedFrames { get; init; } = 15;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        Require(MeasurementNoise > 0.0, nameof(MeasurementNoise), MeasurementNoise);
        Require(ProcessNoise > 0.0, nameof(ProcessNoise), ProcessNoise);
        Require(InitialVelocityNoise > 0.0, nameof(InitialVelocityNoise), InitialVelocityNoise);
        Require(MaxPredictedFrames >= 0, nameof(MaxPredictedFrames), MaxPredictedFrames);
    }

    private static void Require(bool ok, string name, double value)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, but it is {value}.");
        }
    }
}
