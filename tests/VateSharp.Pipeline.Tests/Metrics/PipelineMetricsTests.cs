// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Metrics;

namespace VateSharp.Pipeline.Tests.Metrics;

public sealed class PipelineMetricsTests
{
    public sealed class TheSnapshotMethod
    {
        [Fact]
        public void Should_SummariseStagesTiersAndDrops_When_Recorded()
        {
            // Given
            var metrics = new PipelineMetrics();
            foreach (var ms in new[] { 1.0, 2.0, 3.0, 4.0, 5.0 })
            {
                metrics.RecordStage(PipelineStage.Track, TimeSpan.FromMilliseconds(ms));
            }

            metrics.RecordDecision(Tier.Cloud, sent: true);
            metrics.RecordDecision(Tier.Cloud, sent: false);
            metrics.RecordDecision(Tier.Cloud, sent: false);
            metrics.RecordDecision(Tier.Cloud, sent: false);
            metrics.RecordRequest(Tier.Cloud, 120_000);
            metrics.RecordReply(Tier.Cloud, TimeSpan.FromMilliseconds(250));
            metrics.RecordDrop(DropReasons.TooOldForCatchUp);
            metrics.RecordDrop(DropReasons.TooOldForCatchUp);

            // When
            var report = metrics.Snapshot();

            // Then
            var track = report.Stages["Track"];
            Assert.Equal(5, track.Count);
            Assert.Equal(3.0, track.MeanMs, 9);
            Assert.Equal(3.0, track.P50Ms, 9);
            Assert.Equal(4.6, track.P90Ms, 9);
            Assert.Equal(5.0, track.MaxMs, 9);
            var cloud = report.Tiers["Cloud"];
            Assert.Equal(0.25, cloud.OffloadRatio, 9);
            Assert.Equal(120_000, cloud.BytesSent);
            Assert.Equal(250.0, cloud.Latency.P99Ms, 9);
            Assert.Equal(2, report.Drops[DropReasons.TooOldForCatchUp]);
        }

        [Fact]
        public void Should_TimeAStage_When_UsingAStageTimer()
        {
            var metrics = new PipelineMetrics();

            var timer = StageTimer.Start();
            Thread.Sleep(5);
            var elapsed = timer.Stop(metrics, PipelineStage.Encode);

            Assert.True(elapsed >= TimeSpan.FromMilliseconds(4));
            Assert.Equal(1, metrics.Snapshot().Stages["Encode"].Count);
        }
    }

    public sealed class TheJsonWriter
    {
        [Fact]
        public void Should_WriteAReadableFileAndNoTemporary_When_Writing()
        {
            // Given
            var metrics = new PipelineMetrics();
            metrics.RecordFrameShown();
            metrics.RecordStage(PipelineStage.Fuse, TimeSpan.FromMilliseconds(0.5));
            var directory = Directory.CreateTempSubdirectory("vate-metrics-");
            var path = Path.Combine(directory.FullName, "metrics.json");

            try
            {
                // When
                MetricsJson.Write(metrics.Snapshot(), path);

                // Then
                var text = File.ReadAllText(path);
                Assert.Contains("\"framesPerSecond\"", text, StringComparison.Ordinal);
                Assert.Contains("\"Fuse\"", text, StringComparison.Ordinal);
                Assert.Equal(1, MetricsJson.Deserialize(text)!.Frames);
                Assert.Single(Directory.GetFiles(directory.FullName));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }
    }

    public sealed class ThePercentileMethod
    {
        [Theory]
        [InlineData(0, 10.0)]
        [InlineData(50, 25.0)]
        [InlineData(95, 38.5)]
        [InlineData(100, 40.0)]
        public void Should_InterpolateBetweenRanks_When_GivenSortedValues(double percent, double expected) =>
            Assert.Equal(expected, LatencySummary.Percentile([10.0, 20.0, 30.0, 40.0], percent), 9);
    }
}
