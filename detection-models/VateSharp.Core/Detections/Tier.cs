// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Detections;

/// <summary>Where a detection came from: the three tiers of a VateSharp deployment.</summary>
public enum Tier
{
    /// <summary>The edge device's own light detector (or its tracker).</summary>
    Device = 0,

    /// <summary>The edge server next to the device (medium detector).</summary>
    EdgeServer = 1,

    /// <summary>The cloud (heavy detector or ensemble).</summary>
    Cloud = 2,
}
