// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace VateSharp.Reporting;

/// <summary>
/// Reads what a process can learn about its own machine: host name, processor model, logical cores, OS, .NET
/// runtime and the git commit of the checkout. ONNX Runtime, execution provider, models and dataset are the
/// caller's to add, because this library does not reference the inference stack.
/// </summary>
public static class EnvironmentCollector
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Collects the environment; fields it cannot read stay null (shown as NA).</summary>
    /// <param name="repositoryDirectory">A folder inside the git checkout whose commit to record; by default the
    /// folder of the running program, which lies inside the checkout when built with the repository's scripts.</param>
    public static ReportEnvironment Collect(string? repositoryDirectory = null) => new()
    {
        Machine = System.Environment.MachineName,
        Processor = ReadProcessorName(),
        LogicalCores = System.Environment.ProcessorCount,
        OperatingSystem = $"{ReadOsName()} ({RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()})",
        DotNet = RuntimeInformation.FrameworkDescription,
        GitCommit = ReadGitCommit(repositoryDirectory ?? AppContext.BaseDirectory),
    };

    private static string? ReadProcessorName()
    {
        // Linux names the model in /proc/cpuinfo; elsewhere the architecture is the best portable answer.
        const string cpuInfo = "/proc/cpuinfo";
        if (File.Exists(cpuInfo))
        {
            var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line?.IndexOf(':', StringComparison.Ordinal) is int colon and >= 0)
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string ReadOsName()
    {
        // os-release gives the distribution ("Debian GNU/Linux 12 (bookworm)"); OSDescription only the kernel.
        const string osRelease = "/etc/os-release";
        if (File.Exists(osRelease))
        {
            var line = File.ReadLines(osRelease).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            if (line is not null)
            {
                return $"{line["PRETTY_NAME=".Length..].Trim('"')}, {RuntimeInformation.OSDescription}";
            }
        }

        return RuntimeInformation.OSDescription;
    }

    private static string? ReadGitCommit(string directory)
    {
        var commit = RunGit(directory, "rev-parse HEAD");
        if (commit is null || commit.Length == 0)
        {
            return null;
        }

        var changes = RunGit(directory, "status --porcelain --untracked-files=no");
        return string.IsNullOrEmpty(changes) ? commit : commit + "+dirty";
    }

    private static string? RunGit(string directory, string arguments)
    {
        var start = new ProcessStartInfo("git", $"-C \"{directory}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            // Read both streams as they arrive, so a chatty git cannot block on a full pipe before the timeout.
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(GitTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            // The parameterless wait returns once the redirected streams are drained.
            process.WaitForExit();
            return process.ExitCode == 0 ? output.ToString().Trim() : null;
        }
        catch (Win32Exception)
        {
            // No git on the PATH: the commit is simply unknown.
            return null;
        }
    }
}
