// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference.Decoding;

/// <summary>One float output of a network: its name, its shape and its row-major data.</summary>
/// <param name="Name">The output name in the model graph.</param>
/// <param name="Shape">The dimensions, outermost first.</param>
/// <param name="Data">The values in row-major order.</param>
public readonly record struct OutputTensor(string Name, IReadOnlyList<int> Shape, ReadOnlyMemory<float> Data)
{
    /// <summary>Gets the size of the last dimension.</summary>
    public int LastDimension => Shape.Count == 0 ? 0 : Shape[^1];

    /// <summary>Gets the product of all dimensions but the last (the number of rows of a [.., rows, columns] tensor).</summary>
    public int Rows
    {
        get
        {
            var rows = 1;
            for (var i = 0; i < Shape.Count - 1; i++)
            {
                rows *= Shape[i];
            }

            return rows;
        }
    }

    /// <summary>Formats the shape like <c>[1,3549,85]</c>.</summary>
    public static string Describe(IReadOnlyList<int> shape) => "[" + string.Join(",", shape) + "]";
}
