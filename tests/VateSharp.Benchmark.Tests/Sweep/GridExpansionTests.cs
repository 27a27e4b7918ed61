// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class GridExpansionTests
{
    public sealed class Points
    {
        [Fact]
        public void Should_GiveTheCartesianProduct_When_SeveralAxesHaveSeveralValues()
        {
            // Given
            var grid = new SweepGrid
            {
                DetectionRates = [1, 5, 10],
                Modes = ["sync", "async"],
                CloudPolicies = [null, "confidence"],
                JpegQualities = [90, 70],
            };

            // When
            var points = grid.Points();

            // Then
            Assert.Equal(3 * 2 * 2 * 2, points.Count);
            Assert.Equal(points.Count, points.Select(ConfigurationId.For).Distinct().Count());
            Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1], points.Take(8).Select(p => p.DetectionRate));
        }

        [Fact]
        public void Should_MergePoints_When_SettingsOnlyDifferForTiersNotUsed()
        {
            // Given: the cloud policy and JPEG quality cannot matter without a remote tier
            var grid = new SweepGrid
            {
                Modes = ["sync"],
                Tiers = ["device"],
                CloudPolicies = [null, "confidence"],
                JpegQualities = [90, 50],
            };

            // When
            var points = grid.Points();

            // Then
            var point = Assert.Single(points);
            Assert.Null(point.CloudPolicy);
            Assert.Null(point.JpegQuality);
        }
    }

    public sealed class Expand
    {
        [Fact]
        public void Should_AddEveryBaseline_When_TheDefaultGridExpands()
        {
            // When
            var planned = SweepGrid.Default.Expand();

            // Then: 2 grid points, 2 device-only (sync and async), 3 ceilings, VATE sync and async, decode only
            Assert.Equal(10, planned.Count);
            Assert.Equal(2, planned.Count(p => p.Plays(ConfigurationRole.Sweep)));
            Assert.Equal(2, planned.Count(p => p.Plays(ConfigurationRole.DeviceOnly)));
            foreach (var role in new[] { ConfigurationRole.DeviceCeiling, ConfigurationRole.ServerCeiling, ConfigurationRole.CloudCeiling, ConfigurationRole.VateSync, ConfigurationRole.VateAsync, ConfigurationRole.DecodeOnly })
            {
                Assert.Single(planned, p => p.Plays(role));
            }

            Assert.True(planned.Take(2).All(p => p.Plays(ConfigurationRole.Sweep)));
        }

        [Fact]
        public void Should_RunEachBaselineAsVateAndCeilingsDefine_When_Expanded()
        {
            // When
            var planned = SweepGrid.Default.Expand();

            // Then
            var cloud = planned.Single(p => p.Plays(ConfigurationRole.CloudCeiling)).Configuration;
            Assert.Equal(("cloud", 1, "sync"), (cloud.Tiers, cloud.DetectionRate, cloud.Mode));
            var vate = planned.Single(p => p.Plays(ConfigurationRole.VateAsync)).Configuration;
            Assert.Equal(("server,cloud", 5, "async", "vate"), (vate.Tiers, vate.DetectionRate, vate.Mode, vate.Fusion));
            var device = planned.Where(p => p.Plays(ConfigurationRole.DeviceOnly)).Select(p => p.Configuration).ToArray();
            Assert.All(device, d => Assert.Equal("device", d.Tiers));
            Assert.All(device, d => Assert.Null(d.JpegQuality));
        }

        [Fact]
        public void Should_PlanAConfigurationOnceWithBothRoles_When_AGridPointIsABaseline()
        {
            // Given: a device-only grid point is its own device-only baseline
            var grid = new SweepGrid { Modes = ["async"], Tiers = ["device", "device,server,cloud"] };

            // When
            var planned = grid.Expand();

            // Then
            var both = Assert.Single(planned, p => p.Plays(ConfigurationRole.Sweep) && p.Plays(ConfigurationRole.DeviceOnly));
            Assert.Equal("device", both.Configuration.Tiers);
            Assert.Equal(planned.Count, planned.Select(p => p.Id).Distinct().Count());
        }

        [Fact]
        public void Should_PlanOnlyGridPoints_When_BaselinesAreOff()
        {
            // Given
            var grid = new SweepGrid { DetectionRates = [1, 5], IncludeBaselines = false };

            // When
            var planned = grid.Expand();

            // Then
            Assert.Equal(4, planned.Count);
            Assert.DoesNotContain(planned, p => p.Configuration.DecodeOnly);
            Assert.All(planned, p => Assert.Equal([ConfigurationRole.Sweep], p.Roles));
        }

        [Fact]
        public void Should_GiveEachRealtimeSettingItsOwnBaselines_When_RealtimeVaries()
        {
            // Given
            var grid = new SweepGrid { Modes = ["async"], Realtime = [false, true] };

            // When
            var planned = grid.Expand();

            // Then: the ceilings and VATE runs exist once per realtime setting
            Assert.Equal(2, planned.Count(p => p.Plays(ConfigurationRole.CloudCeiling)));
            Assert.Equal(2, planned.Count(p => p.Plays(ConfigurationRole.VateSync)));
        }
    }

    public sealed class Check
    {
        [Theory]
        [InlineData("modes")]
        [InlineData("rates")]
        [InlineData("tiers")]
        [InlineData("jpeg")]
        [InlineData("fusion")]
        public void Should_ReportOneSentence_When_AnAxisHoldsABadValue(string axis)
        {
            // Given
            var grid = axis switch
            {
                "modes" => new SweepGrid { Modes = ["fast"] },
                "rates" => new SweepGrid { DetectionRates = [0] },
                "tiers" => new SweepGrid { Tiers = ["device,moon"] },
                "jpeg" => new SweepGrid { JpegQualities = [101] },
                _ => new SweepGrid { Fusions = ["wbf"] },
            };

            // When
            var problems = GridRules.Check(grid);

            // Then
            var problem = Assert.Single(problems);
            Assert.EndsWith(".", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_FindNoProblem_When_TheGridIsTheDefault()
        {
            Assert.Empty(GridRules.Check(SweepGrid.Default));
        }
    }
}
