// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>What one call of <see cref="FakeRunner"/> does.</summary>
internal enum FakeBehaviour
{
    Succeed,
    Fail,
    ForgetScores,
    Interrupt,
}
