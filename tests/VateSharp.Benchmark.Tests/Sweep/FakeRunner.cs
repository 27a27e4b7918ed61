// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>
/// A <see cref="RunLauncher"/> that writes fixture outputs instead of starting the edge-device program, and records
/// every call. It tests the code around the runner (layout, resume, failures), not a pipeline.
/// </summary>
internal sealed class FakeRunner
{
    private readonly ConcurrentQueue<RunRequest> _calls = new();

    /// <summary>Decides per call what happens; by default every run succeeds and writes complete outputs.</summary>
    public Func<RunRequest, int, FakeBehaviour> Behaviour { get; init; } = (_, _) => FakeBehaviour.Succeed;

    public IReadOnlyList<RunRequest> Calls => [.. _calls];

    public IReadOnlyList<RunRequest> MeasuredCalls => [.. _calls.Where(c => !c.IsWarmup)];

    public async Task<RunOutcome> LaunchAsync(RunRequest request, CancellationToken ct)
    {
        var index = _calls.Count;
        _calls.Enqueue(request);
        switch (Behaviour(request, index))
        {
            case FakeBehaviour.Fail:
                await File.WriteAllTextAsync(Path.Combine(request.OutputDirectory, "edge-device.err.log"), "boom\n", ct);
                return RunOutcome.Failed("edge-device exited with code 1: boom");
            case FakeBehaviour.ForgetScores:
                RunFixtures.Write(request.OutputDirectory, RunFixtures.Metrics(20, 100), null);
                return RunOutcome.Success;
            case FakeBehaviour.Interrupt:
                // Half the outputs, then the user presses Ctrl-C.
                await File.WriteAllTextAsync(Path.Combine(request.OutputDirectory, "run.json"), "{}", ct);
                throw new OperationCanceledException(ct);
            default:
                var decodeOnly = request.Planned.Configuration.DecodeOnly;
                RunFixtures.Write(request.OutputDirectory,
                    RunFixtures.Metrics(20 + request.Repeat, 100, cloudFrames: 20, cloudBytes: 400_000, drops: 2),
                    decodeOnly ? null : RunFixtures.Scores(0.1 * request.Repeat));
                return RunOutcome.Success;
        }
    }
}
