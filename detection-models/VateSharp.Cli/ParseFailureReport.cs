// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Reflection;
using CommandLine;
using CommandLine.Text;

namespace VateSharp.Cli;

/// <summary>
/// What a program prints when CommandLineParser did not produce options: the help screen or version on stdout
/// (exit 0), or one sentence naming the problem and the help command on stderr (exit 2).
/// </summary>
internal static class ParseFailureReport
{
    private const int Width = 110;

    /// <summary>Returns the line naming the verbs besides the default one, or null when there are none.</summary>
    public static string? OtherVerbsLine(string programName, VerbRegistry verbs)
    {
        var others = verbs.OtherVerbs.ToList();
        return others.Count == 0
            ? null
            : $"Other verbs: {string.Join(", ", others)}; run '{programName} VERB --help' for a verb's options.";
    }

    /// <summary>Writes the report and returns the exit code.</summary>
    public static int Write(
        string programName, NotParsed<object> result, string? otherVerbs, TextWriter stdout, TextWriter stderr)
    {
        var errors = result.Errors.ToList();

        // The version is one line: the program's name and informational version, without the help screen.
        if (errors.Any(e => e.Tag is ErrorType.VersionRequestedError))
        {
            stdout.WriteLine(HeadingInfo.Default);
            return ExitCodes.Success;
        }

        // A help request that names no verb lists the verbs; one for a verb describes its options.
        var verbList = errors.Any(e => e is HelpVerbRequestedError { Matched: false });
        if (errors.Any(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.HelpVerbRequestedError))
        {
            stdout.WriteLine(HelpText.AutoBuild(result, h => h, e => e, verbList, Width).ToString().TrimEnd());
            stdout.WriteLine();
            if (otherVerbs is not null)
            {
                stdout.WriteLine(otherVerbs);
            }

            return ExitCodes.Success;
        }

        if (errors.Any(e => e.Tag is ErrorType.NoVerbSelectedError))
        {
            stderr.WriteLine(HelpText.AutoBuild(result, h => h, e => e, verbsIndex: true, Width).ToString().TrimEnd());
            stderr.WriteLine();
            stderr.WriteLine($"{programName}: no verb given; pick one of the verbs listed above.");
            return ExitCodes.Usage;
        }

        var options = result.TypeInfo.Current;
        var verb = options.GetCustomAttribute<VerbAttribute>()?.Name;
        var hint = verb is null ? $"{programName} --help" : $"{programName} {verb} --help";
        stderr.WriteLine($"{programName}: {Sentence(errors[0], options)}; run '{hint}' for the options.");
        return ExitCodes.Usage;
    }

    // CommandLineParser's sentence for a missing positional value names no value, so name the required ones.
    private static string Sentence(Error error, Type options)
    {
        if (error is MissingRequiredOptionError { NameInfo.NameText.Length: 0 })
        {
            var values = options.GetProperties()
                .Select(p => p.GetCustomAttribute<ValueAttribute>())
                .OfType<ValueAttribute>()
                .Where(v => v.Required)
                .OrderBy(v => v.Index)
                .Select(v => v.MetaName);
            return $"a required argument is missing (the verb takes {string.Join(" ", values)})";
        }

        return SentenceBuilder.Create().FormatError(error).TrimEnd('.');
    }
}
