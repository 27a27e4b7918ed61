// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Internal;

/// <summary>The dimensions of pycocotools' precision [T, R, K, A, M] and recall [T, K, A, M] arrays.</summary>
/// <param name="T">IoU thresholds.</param>
/// <param name="R">Recall thresholds.</param>
/// <param name="K">Categories.</param>
/// <param name="A">Area ranges.</param>
/// <param name="M">Detection limits.</param>
internal readonly record struct Shape(int T, int R, int K, int A, int M)
{
    public int PrecisionIndex(int t, int r, int k, int a, int m) => (((((((t * R) + r) * K) + k) * A) + a) * M) + m;

    public int RecallIndex(int t, int k, int a, int m) => (((((t * K) + k) * A) + a) * M) + m;
}
