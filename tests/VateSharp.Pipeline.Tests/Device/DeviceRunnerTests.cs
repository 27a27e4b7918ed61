// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device;
using VateSharp.Pipeline.Scheduling;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>
/// The whole device pipeline on two generated sequences (2 x 20 frames) with the real models: FastestDet on the
/// device, YOLOX-Nano on the edge server.
/// </summary>
public sealed class DeviceRunnerTests
{
    private const int FramesPerSequence = 20;
    private const int Frames = 2 * FramesPerSequence;

    public sealed class DetectionRate
    {
        [Theory]
        [InlineData(1)]
        [InlineData(5)]
        public async Task Should_DetectOnEveryNthFrameAndWait_When_Sync(int rate)
        {
            // Given the device alone in sync mode
            using var folder = new TempFolder();
            var log = new FrameLog();
            var options = await DeviceRuns.OptionsAsync(folder.Path) with
            {
                Tiers = [Tier.Device],
                Mode = DetectionMode.Sync,
                DetectionRate = rate,
            };

            // When it plays both sequences
            var result = await DeviceRuns.RunAsync(options, log);

            // Then exactly the frames whose index is a multiple of N were detected, each applied on its own frame
            var expected = 2 * (int)Math.Ceiling(FramesPerSequence / (double)rate);
            var device = result.Report.Tiers.Single();
            Assert.Equal(expected, device.Requests);
            Assert.Equal(expected, device.Merged);
            Assert.Equal(0, device.MaxFramesBehind);
            Assert.Equal(expected, result.Report.PrimaryWaits);
            var detected = log.Frames.Where(f => f.Merges.Count > 0).Select(f => f.Frame.Index).ToArray();
            Assert.Equal(expected, detected.Length);
            Assert.All(detected, index => Assert.Equal(0, index % rate));
            Assert.Equal(Frames, result.Report.FramesShown);
        }

        [Fact]
        public async Task Should_ApplyNoResultMoreThanNFramesLate_When_Async()
        {
            // Given a detector far slower than tracking (YOLOX-Nano on the device) in async mode, N = 3
            using var folder = new TempFolder();
            var log = new FrameLog();
            var options = await DeviceRuns.OptionsAsync(folder.Path, annotated: false) with
            {
                Tiers = [Tier.Device],
                Mode = DetectionMode.Async,
                DetectionRate = 3,
                Device = TierOptions.DeviceDefault with { Models = ["yolox-nano"] },
            };

            // When it plays
            var result = await DeviceRuns.RunAsync(options, log);

            // Then every result was applied within N frames of its own, and frames went on while the detector worked
            var merges = log.Frames.SelectMany(f => f.Merges).ToArray();
            Assert.NotEmpty(merges);
            Assert.All(merges, m => Assert.InRange(m.FramesBehind, 0, 3));
            Assert.Contains(merges, m => m.FramesBehind > 0);
            var device = result.Report.Tiers.Single();
            Assert.InRange(device.Requests, 2 * (int)Math.Ceiling(FramesPerSequence / 3.0), Frames - 1);
            Assert.Equal(Frames, result.Report.FramesShown);
        }
    }

    public sealed class TheStopHook
    {
        [Fact]
        public async Task Should_EndEarlyAndStillWriteEveryOutput_When_AStopIsRequested()
        {
            // Given the device alone and a stop requested once the 7th frame is shown
            using var folder = new TempFolder();
            using var stop = new CancellationTokenSource();
            var stopper = new StopAfter(7, stop);
            var options = await DeviceRuns.OptionsAsync(folder.Path, annotated: false) with { Tiers = [Tier.Device] };

            // When it plays
            var result = await DeviceRunner.RunAsync(
                options,
                new DeviceRunHooks { Sinks = [stopper], Stop = stop.Token },
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

            // Then it ended before the input did, said so, and wrote its outputs
            Assert.True(result.Report.StoppedOnRequest);
            Assert.InRange(result.Report.FramesShown, 7, Frames - 1);
            Assert.True(File.Exists(Path.Combine(folder.Path, "detections.json")));
            Assert.True(File.Exists(Path.Combine(folder.Path, "metrics.json")));
            Assert.True(File.Exists(Path.Combine(folder.Path, "run.json")));
        }

        private sealed class StopAfter(int frames, CancellationTokenSource stop) : IShownFrameSink
        {
            private int _shown;

            public void OnFrame(ShownFrame frame)
            {
                if (++_shown == frames)
                {
                    stop.Cancel();
                }
            }
        }
    }

    public sealed class CatchUp
    {
        [Fact]
        public async Task Should_MoveALateResultOntoTheObjectsOfTheShownFrame_When_TheTierAnswersFramesLater()
        {
            // Given an edge server that answers 150 ms late as the only detector, async with N = 8
            await using var server = await TestServer.StartAsync(TimeSpan.FromMilliseconds(150));
            using var folder = new TempFolder();
            var log = new FrameLog();
            var options = await DeviceRuns.OptionsAsync(folder.Path) with
            {
                Tiers = [Tier.EdgeServer],
                DetectionRate = 8,
                Server = TierOptions.ServerDefault with { Endpoints = [server.Endpoint], ScoreThreshold = 0.4f },
            };

            // When it plays
            await DeviceRuns.RunAsync(options, log);

            // Then boxes of results several frames late, moved by tracking, fit the objects of the frame they are
            // shown on better than the boxes as found on their own frame
            var truth = new GroundTruthBoxes(options.Annotations!);
            var late = log.Frames
                .SelectMany(f => f.Merges.Where(m => m.FramesBehind >= 3).Select(m => (Frame: f, Merge: m)))
                .ToArray();
            Assert.NotEmpty(late);
            var moved = new List<float>();
            var unmoved = new List<float>();
            foreach (var (frame, merge) in late)
            {
                // Pair each found box with its forwarded self; keep the ones that hit an object on their own frame.
                for (var i = 0; i < merge.Original.Count && i < merge.BroughtForward.Count; i++)
                {
                    var original = merge.Original[i];
                    if (truth.BestIoU(original.Box, frame.Sequence, merge.FrameIndex) < 0.5f)
                    {
                        continue;
                    }

                    var forwarded = merge.BroughtForward.FirstOrDefault(d => d.Label == original.Label && d.Box.IoU(original.Box) > 0.2f);
                    if (forwarded.Label is null)
                    {
                        continue;
                    }

                    moved.Add(truth.BestIoU(forwarded.Box, frame.Sequence, frame.Frame.Index));
                    unmoved.Add(truth.BestIoU(original.Box, frame.Sequence, frame.Frame.Index));
                }
            }

            Assert.True(moved.Count >= 3, $"Only {moved.Count} late boxes hit an object; the test needs at least 3.");
            Assert.True(moved.Average() > unmoved.Average(), $"Brought forward IoU {moved.Average():F3} is not above {unmoved.Average():F3} without catch-up.");
            Assert.True(moved.Average() >= 0.5f, $"Brought-forward boxes overlap their objects by only {moved.Average():F3} on average.");
        }
    }

    public sealed class TierFailure
    {
        [Fact]
        public async Task Should_ScoreEveryFrameAndSendToTheServerAgain_When_TheServerDiesMidRunAndComesBack()
        {
            // Given the device with a remote edge server that stops after frame 6 and is back after frame 14
            await using var server = await TestServer.StartAsync();
            using var folder = new TempFolder();
            var answeredAfterRestart = false;
            var log = new FrameLog();
            log.After(6, server.StopNow)
                .After(7, () => Thread.Sleep(1000))
                .After(14, () =>
                {
                    // Stay down past the 800 ms deadline, so the request sent meanwhile times out for certain.
                    Thread.Sleep(1200);
                    server.RestartNow();
                })
                .After(20, () =>
                {
                    // Frame 20 starts the second sequence, so the down server gets a probe frame, sent whether or not
                    // a health ping has seen the server again. The run is short, so hold the loop here until the
                    // server has answered a frame (a tier's reply is merged on a later frame, never waited for).
                    answeredAfterRestart = server.WaitForOkReplies(1);
                });
            var options = await DeviceRuns.OptionsAsync(folder.Path) with
            {
                Tiers = [Tier.Device, Tier.EdgeServer],
                Server = TierOptions.ServerDefault with { Endpoints = [server.Endpoint], DeadlineMs = 800 },
            };

            // When it plays both sequences
            var result = await DeviceRuns.RunAsync(options, log);

            // Then the run completed with every frame scored, counted the outage, and sent frames to the restarted server
            Assert.Equal(Frames, result.Report.FramesShown);
            Assert.Equal(Frames, result.Scores!.Images);
            var tier = result.Report.Tiers.Single(t => t.Name == "server");
            var detail = $"failures: {string.Join(", ", tier.Failures.Select(f => $"{f.Key} {f.Value}"))}; {tier.Requests} requests, " +
                $"{tier.Replies} replies, {tier.Merged} merged, {tier.HealthTransitions} health changes; drops: " +
                $"{string.Join(", ", result.Report.Drops.Select(d => $"{d.Key} {d.Value}"))}; restarted server: {server.Describe()}";
            Assert.True(tier.Failures.Count > 0, "The outage was not counted as failed requests; " + detail);
            Assert.True(tier.HealthTransitions >= 1, "The outage did not change the server's health.");
            Assert.True(answeredAfterRestart, "The restarted server got no frame within 20 s of the probe being due.");

            // Whether one of its answers is also merged before this short run ends depends on timing: the first
            // answers may belong to frames sent during the outage and arrive past their deadline (docs/edge-device.md).
        }
    }
}
