// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference.Decoding;

/// <summary>Small numeric helpers shared by the decoders.</summary>
internal static class DecoderMath
{
    public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>Returns the index and value of the largest element.</summary>
    public static int ArgMax(ReadOnlySpan<float> values, out float max)
    {
        var best = 0;
        max = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > max)
            {
                max = values[i];
                best = i;
            }
        }

        return best;
    }

    /// <summary>The expected bin of a softmax over <paramref name="logits"/> (Generalised Focal Loss distance decoding).</summary>
    public static float SoftmaxExpectation(ReadOnlySpan<float> logits)
    {
        var max = logits[0];
        for (var i = 1; i < logits.Length; i++)
        {
            max = MathF.Max(max, logits[i]);
        }

        float sum = 0f, weighted = 0f;
        for (var i = 0; i < logits.Length; i++)
        {
            var e = MathF.Exp(logits[i] - max);
            sum += e;
            weighted += e * i;
        }

        return weighted / sum;
    }

    public static bool Matches(int actual, int expected) => actual < 1 || expected < 1 || actual == expected;
}
