// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Core.Classes;
using VateSharp.Datasets.Cli.Commands;
using VateSharp.Evaluation;

namespace VateSharp.Datasets.Cli;

/// <summary>The <c>datasets</c> program: makes and converts datasets.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs one verb; expected failures print one sentence and return 1, usage errors 2.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = error;
            settings.CaseInsensitiveEnumValues = true;
        });
        try
        {
            return parser.ParseArguments<SynthesizeOptions, VisDroneToCocoOptions>(args).MapResult(
                (SynthesizeOptions o) => SynthesizeCommand.Run(o, output, error),
                (VisDroneToCocoOptions o) => VisDroneToCocoCommand.Run(o, output, error),
                _ => 2);
        }
        catch (Exception ex) when (ex is DatasetException or CocoFormatException or ClassMappingException
            or IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"datasets: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("datasets: cancelled; nothing was written.");
            return 130;
        }
    }
}
