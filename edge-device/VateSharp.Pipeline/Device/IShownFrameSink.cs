// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Device;

/// <summary>Receives every frame the device showed (or stood in for), in order, on the frame loop's thread.</summary>
public interface IShownFrameSink
{
    /// <summary>Handles one frame; keep it quick, the loop waits.</summary>
    void OnFrame(ShownFrame frame);
}
