// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>A detect request admitted for inference, with everything needed to answer it.</summary>
internal sealed class InferenceJob
{
    public required ClientRoute Route { get; init; }

    public required DetectRequest Request { get; init; }

    public required ReadOnlyMemory<byte> Jpeg { get; init; }

    public required PostprocessOptions Postprocess { get; init; }

    /// <summary>Gets the <see cref="TimeProvider.GetTimestamp"/> value at receipt.</summary>
    public required long ReceivedAt { get; init; }

    /// <summary>Gets the timestamp after which the frame is not run; <see langword="null"/> for no deadline.</summary>
    public long? Deadline { get; init; }
}
