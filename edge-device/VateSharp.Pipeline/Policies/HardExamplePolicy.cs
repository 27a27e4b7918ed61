// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Sends the frames the light detector is unsure about: its mean score is low, many of its boxes are weak, or
/// it has found nothing several runs in a row. Two floors keep the tier from going quiet: the first frame of a
/// sequence is always sent, and no more than <see cref="OffloadPolicyOptions.MaxFramesBetweenSends"/> frames
/// pass without a send. (Sedna's hard-example filter never sends a frame without detections, so objects the
/// light detector misses are never recovered; these floors are the fix.) A frame the detector did not run on is
/// sent only by the floors.
/// </summary>
public sealed class HardExamplePolicy : IOffloadPolicy
{
    private readonly OffloadPolicyOptions _options;
    private int _emptyRuns;

    /// <summary>Creates the policy.</summary>
    public HardExamplePolicy(OffloadPolicyOptions? options = null)
    {
        _options = options ?? OffloadPolicyOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => OffloadPolicyNames.Confidence;

    /// <inheritdoc />
    public OffloadDecision Decide(in OffloadContext context)
    {
        // The empty-run count must see every run, sent or not, so it is updated before the gate.
        var light = context.LightResult;
        if (light is not null)
        {
            _emptyRuns = light.Count == 0 ? _emptyRuns + 1 : 0;
        }

        var why = Hardness(context, light);
        if (why is null)
        {
            return OffloadDecision.Skip("confident");
        }

        if (!TierGate.IsOpen(context, _options, out var closed))
        {
            return OffloadDecision.Skip(closed);
        }

        if (light is { Count: 0 })
        {
            _emptyRuns = 0;
        }

        return OffloadDecision.SendWith(_options.JpegQuality, _options.Scale, why);
    }

    /// <inheritdoc />
    public void Reset() => _emptyRuns = 0;

    private string? Hardness(in OffloadContext context, IReadOnlyList<Core.Detections.Detection>? light)
    {
        if (context.Tier.LastSent is not { } sent)
        {
            return "first frame";
        }

        if (context.Frame.Index - sent.Index >= _options.MaxFramesBetweenSends)
        {
            return "refresh";
        }

        if (light is null)
        {
            return null;
        }

        if (light.Count == 0)
        {
            return _emptyRuns >= _options.EmptyRunsBeforeSend ? "nothing found" : null;
        }

        var mean = 0f;
        var unsure = 0;
        foreach (var detection in light)
        {
            mean += detection.Score;
            unsure += detection.Score < _options.UnsureScore ? 1 : 0;
        }

        mean /= light.Count;
        if (mean < _options.HardMeanScore)
        {
            return "low mean score";
        }

        return unsure >= _options.HardUnsureFraction * light.Count ? "many unsure boxes" : null;
    }
}
