// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Results;

/// <summary>One finished run: its repeat number and its figures.</summary>
public sealed record RunRecord(int Repeat, RunMetrics Metrics);
