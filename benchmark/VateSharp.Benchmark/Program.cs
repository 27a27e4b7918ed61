// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Benchmark.Commands;
using VateSharp.Evaluation;

namespace VateSharp.Benchmark;

/// <summary>
/// Entry point. This minimal version registers the evaluation verbs only; the full benchmark program adds the
/// sweep and report verbs beside them.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var parser = new Parser(settings => settings.HelpWriter = Console.Error);
        try
        {
            return parser.ParseArguments<EvalOptions, EvalSpeedOptions, TrackingOptions>(args).MapResult(
                (EvalOptions o) => EvalCommand.Run(o, Console.Out, Console.Error),
                (EvalSpeedOptions o) => EvalSpeedCommand.Run(o, Console.Out, Console.Error),
                (TrackingOptions o) => TrackingCommand.Run(o, Console.Out, Console.Error),
                _ => 2);
        }
        catch (Exception ex) when (ex is CocoFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"benchmark: {ex.Message}");
            return 1;
        }
    }
}
