// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Sends frames whose index within the sequence is a multiple of <see cref="OffloadPolicyOptions.EveryN"/>, and
/// only if the tier is free; a multiple that finds it busy is skipped, not queued (VATE asks its cloud every
/// 5th frame once the previous request is done).
/// </summary>
public sealed class EveryNthFramePolicy : IOffloadPolicy
{
    private readonly OffloadPolicyOptions _options;

    /// <summary>Creates the policy.</summary>
    public EveryNthFramePolicy(OffloadPolicyOptions? options = null)
    {
        _options = options ?? OffloadPolicyOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => OffloadPolicyNames.EveryN;

    /// <inheritdoc />
    public OffloadDecision Decide(in OffloadContext context)
    {
        if (context.Frame.Index % _options.EveryN != 0)
        {
            return OffloadDecision.Skip("not an N-th frame");
        }

        return TierGate.IsOpen(context, _options, out var reason)
            ? OffloadDecision.SendWith(_options.JpegQuality, _options.Scale, "N-th frame")
            : OffloadDecision.Skip(reason);
    }
}
