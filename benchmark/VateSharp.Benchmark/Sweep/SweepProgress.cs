// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// One line per run on the console: position in the sweep, configuration, repeat, how long it took and an estimate
/// of the time left (the mean duration of this session's runs times the runs still to do).
/// </summary>
public sealed class SweepProgress
{
    private readonly TextWriter _output;
    private readonly int _total;
    private int _done;
    private int _measured;
    private TimeSpan _spent;

    /// <summary>Creates a reporter for a sweep of <paramref name="total"/> runs (warm-ups included).</summary>
    public SweepProgress(TextWriter output, int total)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _total = total;
    }

    /// <summary>Runs already finished when the sweep started, counted as done.</summary>
    public void Skipped(PlannedConfiguration planned, int runs)
    {
        ArgumentNullException.ThrowIfNull(planned);
        _done += runs;
        Write($"{Position()} {planned.Id}: {runs} finished run(s) kept, nothing to do");
    }

    /// <summary>A run just started.</summary>
    public void Started(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Write($"{Position(1)} {request.Planned.Id} ({Roles(request.Planned)}) {What(request)} ...");
    }

    /// <summary>A run ended.</summary>
    public void Finished(RunRequest request, RunOutcome outcome, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        _done++;
        _measured++;
        _spent += elapsed;
        var left = _total - _done;
        var eta = left > 0 ? $", about {Format(_spent / _measured * left)} left" : string.Empty;
        var result = outcome.Succeeded ? "done" : "FAILED: " + outcome.Failure;
        Write(string.Create(CultureInfo.InvariantCulture,
            $"{Position()} {request.Planned.Id} {What(request)} {result} in {elapsed.TotalSeconds:0.0} s{eta}"));
    }

    /// <summary>Runs that will not happen (a configuration gave up after a failure).</summary>
    public void Abandoned(PlannedConfiguration planned, int runs, string reason)
    {
        ArgumentNullException.ThrowIfNull(planned);
        _done += runs;
        Write($"{Position()} {planned.Id}: {runs} run(s) left out because {reason}");
    }

    /// <summary>A free-form line.</summary>
    public void Note(string line) => Write(line);

    private static string Roles(PlannedConfiguration planned) => string.Join(", ", planned.Roles.Select(r => r.ToLabel()));

    private static string What(RunRequest request) => request.IsWarmup
        ? "warm-up"
        : string.Create(CultureInfo.InvariantCulture, $"repeat {request.Repeat}");

    private static string Format(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s");

    private string Position(int ahead = 0)
    {
        var width = _total.ToString(CultureInfo.InvariantCulture).Length;
        var at = Math.Min(_done + ahead, _total).ToString(CultureInfo.InvariantCulture).PadLeft(width);
        return $"[{at}/{_total}]";
    }

    private void Write(string line)
    {
        _output.WriteLine(line);
        _output.Flush();
    }
}
