// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Sends whenever the tier is free, like <see cref="WhenFreePolicy"/>, but picks the encoding so that the upload
/// fits <see cref="OffloadPolicyOptions.UploadDeadline"/> on the measured uplink: the budget is throughput times
/// deadline times <see cref="OffloadPolicyOptions.Headroom"/>, and the first rung of
/// <see cref="OffloadPolicyOptions.Ladder"/> whose predicted size (<see cref="JpegSizeModel"/>) fits is chosen.
/// Before the first measurement the best rung is used; when even the cheapest rung does not fit it is used anyway,
/// since a late frame still refreshes the tier's view.
/// </summary>
public sealed class BandwidthPolicy : IOffloadPolicy
{
    private readonly OffloadPolicyOptions _options;
    private readonly JpegSizeModel _sizes = new();

    /// <summary>Creates the policy.</summary>
    public BandwidthPolicy(OffloadPolicyOptions? options = null)
    {
        _options = options ?? OffloadPolicyOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => OffloadPolicyNames.Bandwidth;

    /// <summary>Gets the size model this policy has learned so far.</summary>
    public JpegSizeModel Sizes => _sizes;

    /// <inheritdoc />
    public OffloadDecision Decide(in OffloadContext context)
    {
        if (!TierGate.IsOpen(context, _options, out var reason))
        {
            return OffloadDecision.Skip(reason);
        }

        var ladder = _options.Ladder;
        if (context.Uplink.BytesPerSecond is not { } throughput)
        {
            return OffloadDecision.SendWith(ladder[0].JpegQuality, ladder[0].Scale, "uplink not measured yet");
        }

        var budget = throughput * _options.UploadDeadline.TotalSeconds * _options.Headroom;
        foreach (var rung in ladder)
        {
            var width = (int)Math.Round(context.FrameWidth * rung.Scale);
            var height = (int)Math.Round(context.FrameHeight * rung.Scale);
            if (_sizes.PredictBytes(rung.JpegQuality, width, height) <= budget)
            {
                return OffloadDecision.SendWith(rung.JpegQuality, rung.Scale, "fits the uplink");
            }
        }

        return OffloadDecision.SendWith(ladder[^1].JpegQuality, ladder[^1].Scale, "uplink below the cheapest encoding");
    }

    /// <inheritdoc />
    public void Observe(in EncodedFrame encoded) => _sizes.Observe(encoded);
}
