// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Synthesis;

/// <summary>
/// A smooth random camera path over one still: pan, zoom and roll are each a sum of three low-frequency
/// sinusoids with random frequencies, phases and weights, so motion is continuous and never repeats exactly.
/// The view stays inside the still (including its rotated corners), so frames have no empty borders.
/// </summary>
public static class CameraPath
{
    /// <summary>Generates the poses of one path.</summary>
    /// <param name="random">The random source (seeded by the caller for reproducibility).</param>
    /// <param name="stillWidth">The still's width.</param>
    /// <param name="stillHeight">The still's height.</param>
    /// <param name="options">Output size, zoom and roll limits.</param>
    /// <param name="frames">How many poses.</param>
    /// <returns>One pose per frame.</returns>
    public static CameraPose[] Generate(Random random, int stillWidth, int stillHeight, SynthesisOptions options, int frames)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stillWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stillHeight);

        var pan = (X: Signal(random), Y: Signal(random));
        var zoom = Signal(random);
        var roll = Signal(random);
        var fit = Math.Max((double)options.Width / stillWidth, (double)options.Height / stillHeight);
        var poses = new CameraPose[frames];
        for (var i = 0; i < frames; i++)
        {
            var t = frames == 1 ? 0 : (double)i / (frames - 1);
            var z = options.MinZoom + ((options.MaxZoom - options.MinZoom) * 0.5 * (1 + zoom(t)));
            var angle = options.MaxRotationDegrees * roll(t);
            var scale = fit * z;

            // Half the extent, in still pixels, of the rotated view's bounding box: the centre must stay that far
            // from the still's edges for the whole frame to show picture.
            var radians = Math.Abs(angle) * Math.PI / 180;
            var viewW = options.Width / scale;
            var viewH = options.Height / scale;
            var halfX = ((viewW * Math.Cos(radians)) + (viewH * Math.Sin(radians))) / 2;
            var halfY = ((viewW * Math.Sin(radians)) + (viewH * Math.Cos(radians))) / 2;
            var cx = Place(pan.X(t), halfX, stillWidth);
            var cy = Place(pan.Y(t), halfY, stillHeight);
            poses[i] = new CameraPose(cx, cy, scale, angle);
        }

        return poses;
    }

    private static double Place(double signal, double half, int extent) =>
        half * 2 >= extent ? extent / 2.0 : half + ((extent - (2 * half)) * 0.5 * (1 + signal));

    /// <summary>A smooth function of t in [0, 1] with values in [-1, 1].</summary>
    private static Func<double, double> Signal(Random random)
    {
        var terms = new (double Weight, double Frequency, double Phase)[3];
        for (var i = 0; i < terms.Length; i++)
        {
            // Between 0.15 and 1.2 cycles per clip, lower frequencies weighted more: a drone drifts rather than shakes.
            var frequency = 0.15 + (random.NextDouble() * (0.35 * (i + 1)));
            terms[i] = (random.NextDouble() / (i + 1), frequency, random.NextDouble() * 2 * Math.PI);
        }

        var total = terms.Sum(term => term.Weight);
        return t => terms.Sum(term => term.Weight * Math.Sin((2 * Math.PI * term.Frequency * t) + term.Phase)) / total;
    }
}
