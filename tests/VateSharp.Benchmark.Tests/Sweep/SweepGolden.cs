// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>
/// Compares output byte for byte with a checked-in file under Sweep/golden. With VATE_UPDATE_GOLDEN=1 the test
/// instead rewrites the file in the source tree, for a reviewer to diff and commit.
/// </summary>
internal static class SweepGolden
{
    private static readonly string Folder = "Sweep/golden";

    public static void AssertMatches(string name, string actual)
    {
        var actualBytes = new UTF8Encoding(false).GetBytes(actual);
        if (Environment.GetEnvironmentVariable("VATE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceFolder(), name), actualBytes);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, Folder, name);
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with VATE_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, actualBytes);
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "VateSharp.Benchmark.Tests", Folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {Folder} folder above {AppContext.BaseDirectory}.");
    }
}
