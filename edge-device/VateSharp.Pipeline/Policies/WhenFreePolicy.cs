// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>Sends a frame whenever the tier can take one (VATE's asynchronous edge rule).</summary>
public sealed class WhenFreePolicy : IOffloadPolicy
{
    private readonly OffloadPolicyOptions _options;

    /// <summary>Creates the policy.</summary>
    public WhenFreePolicy(OffloadPolicyOptions? options = null)
    {
        _options = options ?? OffloadPolicyOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => OffloadPolicyNames.Async;

    /// <inheritdoc />
    public OffloadDecision Decide(in OffloadContext context) =>
        TierGate.IsOpen(context, _options, out var reason)
            ? OffloadDecision.SendWith(_options.JpegQuality, _options.Scale, reason)
            : OffloadDecision.Skip(reason);
}
