// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cli;

/// <summary>The exit codes every VateSharp program uses.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed (bad input file, missing model, network ...).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (unknown option, invalid value).</summary>
    public const int Usage = 2;

    /// <summary>The user interrupted the command (Ctrl-C or SIGTERM), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
