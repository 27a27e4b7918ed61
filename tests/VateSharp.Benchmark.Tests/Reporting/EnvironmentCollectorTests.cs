// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.RegularExpressions;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Tests.Reporting;

public sealed class EnvironmentCollectorTests
{
    public sealed class TheCollectMethod
    {
        [Fact]
        public void Should_FillWhatTheProcessCanSee_When_Collecting()
        {
            // When
            var environment = EnvironmentCollector.Collect();

            // Then
            Assert.Equal(System.Environment.ProcessorCount, environment.LogicalCores);
            Assert.StartsWith(".NET", environment.DotNet, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(environment.Machine));
            Assert.False(string.IsNullOrWhiteSpace(environment.OperatingSystem));
            Assert.Null(environment.OnnxRuntime);
            Assert.Empty(environment.Models);
        }

        [Fact]
        public void Should_RecordTheCommit_When_RunFromInsideACheckout()
        {
            // The test binaries live under artifacts/ inside the checkout; a copy outside one has no commit.
            var commit = EnvironmentCollector.Collect().GitCommit;

            Assert.True(commit is null || Regex.IsMatch(commit, "^[0-9a-f]{40}(\\+dirty)?$"),
                $"Unexpected commit '{commit}'.");
        }

        [Fact]
        public void Should_LeaveTheCommitUnknown_When_TheFolderIsNoCheckout()
        {
            using var folder = new TempFolder();

            Assert.Null(EnvironmentCollector.Collect(folder.Path).GitCommit);
        }
    }
}
