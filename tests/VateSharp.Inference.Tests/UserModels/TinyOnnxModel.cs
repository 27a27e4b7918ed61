// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;

namespace VateSharp.Inference.Tests.UserModels;

/// <summary>
/// Writes a real, minimal ONNX file by hand (protobuf wire format): one Reshape from the image input
/// <c>[1,3,H,W]</c> to a chosen output shape. With a uniform input every output value is the same normalised
/// pixel, which makes the decoded boxes predictable; it stands in for a user's YOLOv5/YOLOv8 export in tests of
/// the loading path only.
/// </summary>
internal static class TinyOnnxModel
{
    public static byte[] Reshape(int height, int width, long[] outputShape)
    {
        var shapeTensor = Message(w =>
        {
            w.Varint(1, outputShape.Length);
            w.Varint(2, 7);
            foreach (var d in outputShape)
            {
                w.Varint(7, d);
            }

            w.String(8, "shape");
        });
        var node = Message(w =>
        {
            w.String(1, "images");
            w.String(1, "shape");
            w.String(2, "output0");
            w.String(3, "reshape");
            w.String(4, "Reshape");
        });
        var graph = Message(w =>
        {
            w.Bytes(1, node);
            w.String(2, "tiny");
            w.Bytes(5, shapeTensor);
            w.Bytes(11, ValueInfo("images", [1, 3, height, width]));
            w.Bytes(12, ValueInfo("output0", outputShape));
        });
        return Message(w =>
        {
            w.Varint(1, 7);
            w.String(2, "vatesharp-tests");
            w.Bytes(7, graph);
            w.Bytes(8, Message(o => o.Varint(2, 13)));
        });
    }

    private static byte[] ValueInfo(string name, long[] shape)
    {
        var dims = Message(w =>
        {
            foreach (var d in shape)
            {
                w.Bytes(1, Message(x => x.Varint(1, d)));
            }
        });
        var tensorType = Message(w =>
        {
            w.Varint(1, 1);
            w.Bytes(2, dims);
        });
        return Message(w =>
        {
            w.String(1, name);
            w.Bytes(2, Message(t => t.Bytes(1, tensorType)));
        });
    }

    private static byte[] Message(Action<Writer> build)
    {
        var writer = new Writer();
        build(writer);
        return writer.ToArray();
    }

    private sealed class Writer
    {
        private readonly MemoryStream _stream = new();

        public void Varint(int field, long value)
        {
            Raw((ulong)field << 3);
            Raw((ulong)value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Bytes(int field, byte[] value)
        {
            Raw(((ulong)field << 3) | 2);
            Raw((ulong)value.Length);
            _stream.Write(value);
        }

        public byte[] ToArray() => _stream.ToArray();

        private void Raw(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _stream.WriteByte((byte)value);
        }
    }
}
