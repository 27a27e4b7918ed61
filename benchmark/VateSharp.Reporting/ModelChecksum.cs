// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting;

/// <summary>A model used by the runs of a report and the sha256 of its file.</summary>
/// <param name="Name">Model or file name, e.g. "yolox_nano.onnx" or "edge: FastestDet".</param>
/// <param name="Sha256">Lower-case hex digest of the model file; null when unknown (shown as NA).</param>
public sealed record ModelChecksum(string Name, string? Sha256);
