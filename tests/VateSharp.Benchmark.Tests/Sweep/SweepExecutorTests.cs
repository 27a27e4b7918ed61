// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class SweepExecutorTests
{
    private static SweepPlan Plan(SweepFolder folder, int repeats = 3, int warmup = 1, SweepGrid? grid = null) => new()
    {
        Sequences = Path.Combine(folder.Root, "sequences", "*"),
        Annotations = folder.Annotations,
        Repeats = repeats,
        Warmup = warmup,
        Configurations = (grid ?? new SweepGrid { Modes = ["sync", "async"], IncludeBaselines = false }).Expand(),
    };

    private static Task<SweepSummary> RunAsync(FakeRunner runner, SweepFolder folder, SweepPlan plan, bool resume = false) =>
        new SweepExecutor(runner.LaunchAsync, TextWriter.Null).RunAsync(folder.Output, plan, resume, CancellationToken.None);

    public sealed class RunAsyncMethod
    {
        [Fact]
        public async Task Should_KeepEachRepeatInItsOwnFolder_When_EveryRunSucceeds()
        {
            // Given
            using var folder = new SweepFolder();
            var runner = new FakeRunner();
            var plan = Plan(folder);

            // When
            var summary = await RunAsync(runner, folder, plan);

            // Then
            Assert.True(summary.Succeeded);
            Assert.Equal(2 * (3 + 1), summary.Executed);
            foreach (var planned in plan.Configurations)
            {
                Assert.Equal([1, 2, 3], RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(folder.Output, planned.Id)));
                Assert.True(File.Exists(Path.Combine(RunFolder.ConfigurationDirectory(folder.Output, planned.Id), RunFolder.ConfigurationFileName)));
            }

            Assert.True(File.Exists(Path.Combine(folder.Output, RunFolder.PlanFileName)));
        }

        [Fact]
        public async Task Should_RunTheWarmupFirstAndKeepNothingOfIt_When_AConfigurationStarts()
        {
            // Given
            using var folder = new SweepFolder();
            var runner = new FakeRunner();
            var plan = Plan(folder, repeats: 2, warmup: 1);

            // When
            await RunAsync(runner, folder, plan);

            // Then
            var first = plan.Configurations[0].Id;
            Assert.Equal([0, 1, 2], runner.Calls.Where(c => c.Planned.Id == first).Select(c => c.Repeat));
            var entries = Directory.EnumerateFileSystemEntries(RunFolder.ConfigurationDirectory(folder.Output, first))
                .Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(["1", "2", RunFolder.ConfigurationFileName], entries);
        }

        [Fact]
        public async Task Should_RunNothing_When_ResumingAFinishedSweep()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            await RunAsync(new FakeRunner(), folder, plan);
            var second = new FakeRunner();

            // When
            var summary = await RunAsync(second, folder, plan, resume: true);

            // Then
            Assert.Empty(second.Calls);
            Assert.Equal((0, 6), (summary.Executed, summary.Reused));
        }

        [Fact]
        public async Task Should_RunOnlyTheMissingRepeats_When_ResumingAfterAnInterruption()
        {
            // Given: the sixth call, the second configuration's first repeat (its warm-up is the fifth), meets Ctrl-C
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            var first = new FakeRunner { Behaviour = (_, index) => index == 5 ? FakeBehaviour.Interrupt : FakeBehaviour.Succeed };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(first, folder, plan));
            var second = new FakeRunner();

            // When
            var summary = await RunAsync(second, folder, plan, resume: true);

            // Then: the first configuration is skipped whole; the second gets a warm-up and its three repeats
            var secondId = plan.Configurations[1].Id;
            Assert.All(second.Calls, c => Assert.Equal(secondId, c.Planned.Id));
            Assert.Equal([0, 1, 2, 3], second.Calls.Select(c => c.Repeat));
            Assert.Equal(3, summary.Reused);
            Assert.DoesNotContain(Directory.EnumerateDirectories(RunFolder.ConfigurationDirectory(folder.Output, secondId)),
                d => RunFolder.IsTemporary(d));
        }

        [Fact]
        public async Task Should_RedoARepeat_When_ItsFolderLacksAnOutputFile()
        {
            // Given: a finished sweep whose repeat 2 of the first configuration lost its scores
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            await RunAsync(new FakeRunner(), folder, plan);
            var id = plan.Configurations[0].Id;
            File.Delete(Path.Combine(RunFolder.RepeatDirectory(folder.Output, id, 2), "scores.json"));
            var second = new FakeRunner();

            // When
            await RunAsync(second, folder, plan, resume: true);

            // Then
            Assert.Equal([(id, 0), (id, 2)], second.Calls.Select(c => (c.Planned.Id, c.Repeat)));
            Assert.Equal([1, 2, 3], RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(folder.Output, id)));
        }

        [Fact]
        public async Task Should_RefuseTheFolder_When_ItHoldsRunsAndResumeIsOff()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            await RunAsync(new FakeRunner(), folder, plan);

            // When
            var error = await Assert.ThrowsAsync<UserFacingException>(() => RunAsync(new FakeRunner(), folder, plan));

            // Then
            Assert.Equal(ExitCodes.Usage, error.ExitCode);
            Assert.Contains("--resume", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_RefuseToResume_When_TheSequencesDiffer()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            await RunAsync(new FakeRunner(), folder, plan);

            // When
            var error = await Assert.ThrowsAsync<UserFacingException>(
                () => RunAsync(new FakeRunner(), folder, plan with { Sequences = "/elsewhere/*" }, resume: true));

            // Then
            Assert.Contains("/elsewhere/*", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_KeepTheFailedRunApartAndSkipTheRestOfItsRepeats_When_ARunFails()
        {
            // Given: the first configuration's repeat 2 fails
            using var folder = new SweepFolder();
            var plan = Plan(folder);
            var id = plan.Configurations[0].Id;
            var runner = new FakeRunner { Behaviour = (r, _) => r.Planned.Id == id && r.Repeat == 2 ? FakeBehaviour.Fail : FakeBehaviour.Succeed };

            // When
            var summary = await RunAsync(runner, folder, plan);

            // Then
            var failure = Assert.Single(summary.Failures);
            Assert.Contains(id + " repeat 2", failure, StringComparison.Ordinal);
            Assert.DoesNotContain(runner.Calls, c => c.Planned.Id == id && c.Repeat == 3);
            Assert.Equal([1], RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(folder.Output, id)));
            var failed = Assert.Single(Directory.EnumerateDirectories(Path.Combine(RunFolder.ConfigurationDirectory(folder.Output, id), "failed")));
            Assert.True(File.Exists(Path.Combine(failed, "edge-device.err.log")));
            Assert.Equal([1, 2, 3], RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(folder.Output, plan.Configurations[1].Id)));
        }

        [Fact]
        public async Task Should_CountTheRunAsFailed_When_TheProgramSucceedsWithoutAllOutputs()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = Plan(folder, repeats: 1, warmup: 0);
            var runner = new FakeRunner { Behaviour = (_, _) => FakeBehaviour.ForgetScores };

            // When
            var summary = await RunAsync(runner, folder, plan);

            // Then
            Assert.Equal(2, summary.Failures.Count);
            Assert.All(summary.Failures, f => Assert.Contains("scores.json", f, StringComparison.Ordinal));
            Assert.All(plan.Configurations, p => Assert.Empty(RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(folder.Output, p.Id))));
        }

        [Fact]
        public async Task Should_PassTheInputsAndAFreshEmptyFolder_When_LaunchingARun()
        {
            // Given
            using var folder = new SweepFolder();
            var plan = Plan(folder, repeats: 1, warmup: 0);
            var seen = new List<(bool Empty, string Sequences, string Annotations)>();
            var runner = new FakeRunner
            {
                Behaviour = (r, _) =>
                {
                    seen.Add((!Directory.EnumerateFileSystemEntries(r.OutputDirectory).Any(), r.Sequences, r.Annotations));
                    return FakeBehaviour.Succeed;
                },
            };

            // When
            await RunAsync(runner, folder, plan);

            // Then
            Assert.All(seen, s => Assert.Equal((true, plan.Sequences, plan.Annotations), s));
        }
    }
}
