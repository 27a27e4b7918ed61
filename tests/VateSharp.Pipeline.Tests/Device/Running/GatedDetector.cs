// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference;

namespace VateSharp.Pipeline.Tests.Device.Running;

/// <summary>
/// Stands in for a model in tests of the tier channel around it: each frame is told apart by its image width,
/// held until the test opens that width's gate, and answered with one box as wide as the image, so a reply shows
/// which frame it was computed on. Counts how many frames are inside at once. Thread-safe; one instance may serve
/// every worker of a server.
/// </summary>
internal sealed class GatedDetector : IObjectDetector
{
    private readonly ConcurrentDictionary<int, ManualResetEventSlim> _gates = new();
    private volatile bool _allOpen;
    private int _inside;
    private int _mostInside;

    public DetectorInfo Info { get; } = new()
    {
        Name = "gated-stub",
        Family = "stub",
        InputWidth = 64,
        InputHeight = 64,
        ClassNames = ["frame"],
    };

    /// <summary>Gets the most frames that were inside <see cref="Detect"/> at the same time.</summary>
    public int MostInside => Volatile.Read(ref _mostInside);

    /// <summary>Gets how many frames are inside <see cref="Detect"/> now.</summary>
    public int Inside => Volatile.Read(ref _inside);

    /// <summary>Lets the frame whose image is <paramref name="width"/> pixels wide finish.</summary>
    public void Open(int width) => Gate(width).Set();

    /// <summary>Lets every frame finish, now and later.</summary>
    public void OpenAll()
    {
        _allOpen = true;
        foreach (var gate in _gates.Values)
        {
            gate.Set();
        }
    }

    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _mostInside, inside);
        try
        {
            // A test that forgets a gate still ends: ten seconds is far beyond any assertion's wait.
            Gate(image.Width).Wait(TimeSpan.FromSeconds(10));

            return [new Detection(new BoundingBox(0, 0, image.Width, image.Height), 0, "frame", 0.9f)];
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public void Dispose()
    {
        OpenAll();
    }

    private ManualResetEventSlim Gate(int width) => _gates.GetOrAdd(width, _ => new ManualResetEventSlim(_allOpen));

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
