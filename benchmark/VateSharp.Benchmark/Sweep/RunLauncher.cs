// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Runs one configuration once, writing its outputs into <see cref="RunRequest.OutputDirectory"/>. The sweep's
/// real launcher starts the edge-device program as a child process (<see cref="EdgeDeviceLauncher"/>); tests pass
/// a delegate that writes fixture files.
/// </summary>
/// <param name="request">What to run and where its outputs go.</param>
/// <param name="ct">Stops the run; the launcher must end any process it started.</param>
/// <returns>Success, or a failure sentence.</returns>
public delegate Task<RunOutcome> RunLauncher(RunRequest request, CancellationToken ct);
