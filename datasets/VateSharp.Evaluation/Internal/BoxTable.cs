// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Internal;

/// <summary>Column arrays of the boxes one side of an evaluation holds, grouped by (category, image).</summary>
internal sealed class BoxTable
{
    public BoxTable(int count)
    {
        X = new double[count];
        Y = new double[count];
        W = new double[count];
        H = new double[count];
        Area = new double[count];
        Id = new long[count];
        Crowd = new bool[count];
        Score = new double[count];
        GroupKey = new long[count];
    }

    public double[] X { get; }

    public double[] Y { get; }

    public double[] W { get; }

    public double[] H { get; }

    /// <summary>Gets the annotation's area field for ground truth, <c>w * h</c> for detections.</summary>
    public double[] Area { get; }

    public long[] Id { get; }

    public bool[] Crowd { get; }

    public double[] Score { get; }

    /// <summary>Gets <c>category index * image count + image index</c> for each box.</summary>
    public long[] GroupKey { get; }

    /// <summary>
    /// Returns the box indices ordered by group key and, within a group, by file order (the order pycocotools'
    /// defaultdict lists keep).
    /// </summary>
    public int[] OrderByGroup(int count)
    {
        var composite = new long[count];
        for (var i = 0; i < count; i++)
        {
            composite[i] = (GroupKey[i] * count) + i;
        }

        Array.Sort(composite);
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = (int)(composite[i] % count);
        }

        return order;
    }
}
