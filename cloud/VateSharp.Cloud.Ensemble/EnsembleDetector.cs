// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Core.Detections;
using VateSharp.Inference;

namespace VateSharp.Cloud.Ensemble;

/// <summary>
/// Runs several detectors on the same image and fuses their boxes with <see cref="WeightedBoxFusion"/>. Members
/// run with a low score threshold so a box only some models are sure of can still survive the fusion; the fused
/// boxes are then cut at the caller's threshold.
/// </summary>
public sealed class EnsembleDetector : IObjectDetector
{
    private readonly IReadOnlyList<EnsembleMember> _members;
    private readonly WbfOptions _wbf;
    private readonly float _memberScoreThreshold;

    /// <summary>Initializes a new instance of the <see cref="EnsembleDetector"/> class; it owns the members.</summary>
    /// <param name="members">Two or more detectors with the same class list.</param>
    /// <param name="wbf">Fusion settings; <see langword="null"/> uses <see cref="WbfOptions.Default"/>.</param>
    /// <param name="memberScoreThreshold">The highest score threshold members run with. Default 0.05.</param>
    public EnsembleDetector(IReadOnlyList<EnsembleMember> members, WbfOptions? wbf = null, float memberScoreThreshold = 0.05f)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("An ensemble needs at least one member.", nameof(members));
        }

        var classes = members[0].Detector.Info.ClassNames.Count;
        if (members.FirstOrDefault(m => m.Detector.Info.ClassNames.Count != classes) is { } odd)
        {
            throw new ArgumentException(
                $"Ensemble members must share one class list; {members[0].Detector.Info.Name} has {classes} classes " +
                $"but {odd.Detector.Info.Name} has {odd.Detector.Info.ClassNames.Count}.", nameof(members));
        }

        _members = members;
        _wbf = wbf ?? WbfOptions.Default;
        _memberScoreThreshold = memberScoreThreshold;
        var first = members[0].Detector.Info;
        Info = first with
        {
            Name = string.Join("+", members.Select(m => m.Detector.Info.Name)),
            Family = "ensemble",
            InputWidth = members.Max(m => m.Detector.Info.InputWidth),
            InputHeight = members.Max(m => m.Detector.Info.InputHeight),
        };
    }

    /// <inheritdoc/>
    public DetectorInfo Info { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var wanted = options ?? PostprocessOptions.Default;
        var memberOptions = wanted with { ScoreThreshold = Math.Min(wanted.ScoreThreshold, _memberScoreThreshold) };
        var perModel = _members.Select(m => m.Detector.Detect(image, memberOptions)).ToArray();
        return WeightedBoxFusion.Fuse(perModel, _members.Select(m => m.Weight).ToArray(), _wbf)
            .Where(d => d.Score >= wanted.ScoreThreshold)
            .Take(wanted.MaxDetections)
            .ToArray();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var member in _members)
        {
            member.Detector.Dispose();
        }
    }
}
