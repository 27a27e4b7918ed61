// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Results;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;
using VateSharp.Reporting;
using VateSharp.Reporting.Exporters;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>The report is rebuilt from saved run folders alone: hand-made outputs in, report files out.</summary>
public sealed class ReportRebuildTests
{
    private static async Task<SweepPlan> SweepAsync(SweepFolder folder)
    {
        var plan = new SweepPlan
        {
            Sequences = Path.Combine(folder.Root, "sequences", "*"),
            Annotations = folder.Annotations,
            Repeats = 2,
            Warmup = 0,
            Configurations = SweepGrid.Default.Expand(),
        };
        var runner = new FakeRunner();
        await new SweepExecutor(runner.LaunchAsync, TextWriter.Null).RunAsync(folder.Output, plan, false, CancellationToken.None);
        return plan;
    }

    public sealed class Read
    {
        [Fact]
        public async Task Should_ReadEveryConfigurationWithItsRuns_When_TheSweepFinished()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = await SweepAsync(folder);

            // When
            var results = SweepReader.Read(folder.Output);

            // Then
            Assert.Equal(plan.Configurations.Select(c => c.Id), results.Configurations.Select(c => c.Id));
            Assert.All(results.Configurations, c => Assert.Equal([1, 2], c.Runs.Select(r => r.Repeat)));
            var run = results.Configurations[0].Runs[1].Metrics;
            Assert.Equal(22, run.Fps);
            Assert.Equal(0.2, run.Ap!.Value, 9);
            Assert.Equal(0.22, run.SequenceAp["synth_0001"]!.Value, 9);
            Assert.Equal(120, run.Tier("cloud")!.P95Ms);
            Assert.Equal(0.2, run.CloudRatio);
            Assert.Equal(4000, run.BytesPerFrame);
            Assert.Equal((2, 1), (run.Drops, run.Tier("server")!.Drops));
            var decode = Assert.Single(results.Configurations, c => c.Planned.Configuration.DecodeOnly);
            Assert.All(decode.Runs, r => Assert.Null(r.Metrics.Ap));
            Assert.Equal(2, results.PlannedRepeats);
        }

        [Fact]
        public async Task Should_LeaveOutRunsWithoutCompleteOutputs_When_Reading()
        {
            // Given: repeat 2 of the first configuration lost a file
            using var folder = new SweepFolder();
            var plan = await SweepAsync(folder);
            File.Delete(Path.Combine(RunFolder.RepeatDirectory(folder.Output, plan.Configurations[0].Id, 2), "metrics.json"));

            // When
            var results = SweepReader.Read(folder.Output);

            // Then
            Assert.Equal([1], results.Configurations[0].Runs.Select(r => r.Repeat));
        }

        [Fact]
        public async Task Should_KeepEarlierConfigurationsAndPutGridPointsFirst_When_ResumedWithAnotherGrid()
        {
            // Given: a finished default sweep, resumed with one more tier set
            using var folder = new SweepFolder();
            var first = await SweepAsync(folder);
            var wider = first with
            {
                Configurations = new SweepGrid { Modes = ["sync"], Tiers = ["server,cloud"] }.Expand(),
            };
            await new SweepExecutor(new FakeRunner().LaunchAsync, TextWriter.Null).RunAsync(folder.Output, wider, true, CancellationToken.None);

            // When
            var results = SweepReader.Read(folder.Output);

            // Then: three grid points (two from the first sweep), each finished, ahead of every baseline
            var points = results.Configurations.TakeWhile(c => c.Planned.Plays(ConfigurationRole.Sweep)).ToArray();
            Assert.Equal(3, points.Length);
            Assert.Equal(3, results.Configurations.Count(c => c.Planned.Plays(ConfigurationRole.Sweep)));
            Assert.All(results.Configurations, c => Assert.Equal(2, c.Runs.Count));
            Assert.Equal(results.Configurations.Count, results.Configurations.Select(c => c.Id).Distinct().Count());
        }

        [Fact]
        public void Should_SayWhatToPass_When_TheFolderHoldsNoSweep()
        {
            // Given
            using var folder = new SweepFolder();

            // When
            var error = Assert.Throws<UserFacingException>(() => SweepReader.Read(folder.Root));

            // Then
            Assert.Contains("runs/", error.Message, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Usage, error.ExitCode);
        }

        [Fact]
        public async Task Should_ReadTheFrameLoops_When_TheirFilesExist()
        {
            // Given
            using var folder = new SweepFolder();
            await SweepAsync(folder);
            var loops = RunFolder.LoopsRoot(folder.Output);
            SweepJson.Write(LoopExecutor.FileFor(Path.Combine(loops, LoopExecutor.DecodeOnlyFolder), LoopMeasurement.Ours, 1),
                new LoopMeasurement { Implementation = LoopMeasurement.Ours, DecodeOnly = true, Frames = 100, Fps = 200 });
            SweepJson.Write(LoopExecutor.FileFor(Path.Combine(loops, "fastestdet"), LoopMeasurement.Ours, 1),
                new LoopMeasurement { Implementation = LoopMeasurement.Ours, Model = "fastestdet", Frames = 100, Fps = 50 });
            await File.WriteAllTextAsync(LoopExecutor.FileFor(Path.Combine(loops, "fastestdet"), LoopMeasurement.Peer, 1),
                """{"implementation": "python-opencv", "available": true, "model": "fastestdet", "frames": 100, "fps": 20.0}""");

            // When
            var results = SweepReader.Read(folder.Output);

            // Then
            Assert.Equal(200, Assert.Single(results.Loops.DecodeOnly).Fps);
            var goal = Assert.Single(PerformanceGoals.Compute(results), g => g.Goal.Contains("fastestdet", StringComparison.Ordinal));
            Assert.Equal(2.5, goal.Measured);
        }
    }

    public sealed class Write
    {
        [Fact]
        public async Task Should_WriteEveryReportFile_When_RebuiltFromSavedRuns()
        {
            // Given
            using var folder = new SweepFolder();
            await SweepAsync(folder);
            var target = Path.Combine(folder.Root, "report");

            // When
            var written = SweepReportBuilder.Build(SweepReader.Read(folder.Output)).Write(target);

            // Then
            foreach (var name in new[] { "report.md", "results.csv", "results.json", "report.html" })
            {
                Assert.Contains(name, written.Files);
            }

            Assert.Equal(5, written.Files.Count(f => f.EndsWith(".png", StringComparison.Ordinal)));
            var csv = await File.ReadAllLinesAsync(Path.Combine(target, "results.csv"));
            Assert.Equal(1 + 10, csv.Length);
            Assert.Contains("VATE async", await File.ReadAllTextAsync(Path.Combine(target, "report.md")), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_GiveTheSameTables_When_RebuiltTwice()
        {
            // Given
            using var folder = new SweepFolder();
            await SweepAsync(folder);

            // When
            var first = SweepReportBuilder.Build(SweepReader.Read(folder.Output));
            var second = SweepReportBuilder.Build(SweepReader.Read(folder.Output));

            // Then
            var export = (SweepReport r) => MarkdownExporter.GitHub.Export(new Report(r.Title, r.Environment, r.Tables));
            Assert.Equal(export(first), export(second));
        }
    }
}
