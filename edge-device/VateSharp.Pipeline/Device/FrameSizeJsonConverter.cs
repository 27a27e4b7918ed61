// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace VateSharp.Pipeline.Device;

/// <summary>Writes a <see cref="FrameSize"/> as the text users type (<c>640x512</c>, <c>native</c>) and reads it back.</summary>
public sealed class FrameSizeJsonConverter : JsonConverter<FrameSize>
{
    /// <inheritdoc />
    public override FrameSize Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return FrameSize.TryParse(text, out var size)
            ? size
            : throw new JsonException($"Expected a frame size such as \"640x512\" or \"native\", got {text ?? reader.TokenType.ToString()}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FrameSize value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
