// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace VateSharp.Cli;

/// <summary>Creates the logger factory every program uses: single-line messages on stderr, colour unless NO_COLOR.</summary>
public static class CliLogging
{
    /// <summary>Creates a factory that writes messages at <paramref name="minimum"/> or above to stderr.</summary>
    /// <param name="minimum">The lowest level written.</param>
    /// <param name="colour">
    /// <see langword="null"/> (default) colours only when stderr is a terminal and NO_COLOR is unset.
    /// </param>
    public static ILoggerFactory Create(LogLevel minimum, bool? colour = null)
    {
        var useColour = colour ?? (!Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(minimum)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
                o.IncludeScopes = false;
                o.ColorBehavior = useColour ? LoggerColorBehavior.Enabled : LoggerColorBehavior.Disabled;
            })
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
    }
}
