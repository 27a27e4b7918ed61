// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

/// <summary>Builds small row-major tensors by hand for decoder tests.</summary>
internal sealed class TensorBuilder
{
    private readonly int[] _shape;

    public TensorBuilder(params int[] shape)
    {
        _shape = shape;
        Data = new float[shape.Aggregate(1, (a, d) => a * d)];
    }

    public float[] Data { get; }

    /// <summary>Sets one element by its full index.</summary>
    public TensorBuilder Set(float value, params int[] index)
    {
        var offset = 0;
        for (var i = 0; i < _shape.Length; i++)
        {
            offset = (offset * _shape[i]) + index[i];
        }

        Data[offset] = value;
        return this;
    }

    public TensorBuilder Fill(float value)
    {
        Array.Fill(Data, value);
        return this;
    }

    public OutputTensor Build(string name = "output") => new(name, _shape, Data);
}
