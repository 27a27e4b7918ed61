// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;

namespace VateSharp.EdgeServer;

/// <summary>Options of <c>edge-server keygen</c>.</summary>
[Verb("keygen", HelpText = "Write a CURVE key pair: NAME.secret (keep private) and NAME.public (give to peers).")]
public sealed class KeygenOptions : VerbOptions
{
    /// <summary>Gets or sets the output folder.</summary>
    [Option("output", Required = true, HelpText = "Folder to write the key files into (created if missing).")]
    public string Output { get; set; } = string.Empty;

    /// <summary>Gets or sets the file base name.</summary>
    [Option("name", Default = "server", HelpText = "Base name of the files, e.g. server or device-1. Default server.")]
    public string Name { get; set; } = "server";

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        if (Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || Name.Contains('.', StringComparison.Ordinal))
        {
            yield return $"--name must be a plain file name without dots; got '{Name}'.";
        }
    }
}
