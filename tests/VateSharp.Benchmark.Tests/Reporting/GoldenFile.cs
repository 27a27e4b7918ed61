// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;

namespace VateSharp.Benchmark.Tests.Reporting;

/// <summary>
/// Compares output byte for byte with a checked-in file in a golden folder of this test project (such as
/// Reporting/golden), copied next to the test assembly by the project file. With VATE_UPDATE_GOLDEN=1 the test
/// instead rewrites the file in the source tree, for a reviewer to diff and commit.
/// </summary>
internal static class GoldenFile
{
    /// <summary>The exporters' golden files.</summary>
    public const string Reporting = "Reporting/golden";

    /// <summary>The sweep report's golden files.</summary>
    public const string Sweep = "Sweep/golden";

    /// <param name="folder">The golden folder, relative to the test project: <see cref="Reporting"/> or <see cref="Sweep"/>.</param>
    /// <param name="name">The file's name in that folder.</param>
    /// <param name="actual">The output under test.</param>
    public static void AssertMatches(string folder, string name, string actual)
    {
        var actualBytes = new UTF8Encoding(false).GetBytes(actual);
        if (System.Environment.GetEnvironmentVariable("VATE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceFolder(folder), name), actualBytes);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, folder, name);
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with VATE_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllBytes(path);

        // Compare as text first for a readable diff, then as bytes so line ends and encoding count too.
        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, actualBytes);
    }

    private static string SourceFolder(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "VateSharp.Benchmark.Tests", folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {folder} folder above {AppContext.BaseDirectory}.");
    }
}
