// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking.Motion;

/// <summary>
/// A one-dimensional constant-velocity Kalman filter (state: position and velocity per frame, white-noise
/// acceleration). Four of them, one per box coordinate, make <see cref="BoxKalmanFilter"/>; keeping the axes
/// independent avoids a matrix library and costs little, since the coordinates' noises are nearly uncorrelated.
/// </summary>
internal struct AxisFilter
{
    private double _position;
    private double _velocity;
    private double _p00;
    private double _p01;
    private double _p11;

    public AxisFilter(double position, double positionVariance, double velocityVariance)
    {
        _position = position;
        _velocity = 0.0;
        _p00 = positionVariance;
        _p01 = 0.0;
        _p11 = velocityVariance;
    }

    public readonly double Position => _position;

    public readonly double Velocity => _velocity;

    /// <summary>Moves the state <paramref name="frames"/> frames ahead; <paramref name="accelerationVariance"/> is per frame².</summary>
    public void Predict(int frames, double accelerationVariance)
    {
        double dt = frames;
        _position += _velocity * dt;

        // P = F P Fᵀ + Q with F = [[1, dt], [0, 1]] and the discretised white-acceleration Q.
        var p00 = _p00 + (2.0 * dt * _p01) + (dt * dt * _p11);
        var p01 = _p01 + (dt * _p11);
        _p00 = p00 + (accelerationVariance * dt * dt * dt / 3.0);
        _p01 = p01 + (accelerationVariance * dt * dt / 2.0);
        _p11 += accelerationVariance * dt;
    }

    /// <summary>Takes a measurement of the position with the given variance.</summary>
    public void Correct(double measurement, double measurementVariance)
    {
        var innovationVariance = _p00 + measurementVariance;
        var gainPosition = _p00 / innovationVariance;
        var gainVelocity = _p01 / innovationVariance;
        var innovation = measurement - _position;
        _position += gainPosition * innovation;
        _velocity += gainVelocity * innovation;

        // P = (I - K H) P, written out for the 2x2 case.
        var p00 = (1.0 - gainPosition) * _p00;
        var p01 = (1.0 - gainPosition) * _p01;
        _p11 -= gainVelocity * _p01;
        _p00 = p00;
        _p01 = p01;
    }
}
