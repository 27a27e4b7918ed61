// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Formatting;

public sealed class ColumnFormatTests
{
    private static ColumnFormat For(ReportColumn column, params double[] values) =>
        ColumnFormat.For(column, values.Select(v => (ReportValue)v));

    public sealed class TheForMethod
    {
        [Theory]
        [InlineData(new[] { 0.25, 0.8 }, "µs", "250")]
        [InlineData(new[] { 12.34, 150.0 }, "ms", "12.3")]
        [InlineData(new[] { 999.0, 4000.0 }, "ms", "999")]
        [InlineData(new[] { 1500.0, 90000.0 }, "s", "1.50")]
        [InlineData(new[] { 0.0 }, "ms", "0")]
        public void Should_ChooseDurationUnit_When_SmallestValueCrossesAThreshold(
            double[] milliseconds, string unit, string first)
        {
            // Given
            var column = ReportColumn.Duration("p50");

            // When
            var format = For(column, milliseconds);

            // Then
            Assert.Equal(unit, format.Unit);
            Assert.Equal(first, format.FormatNumber(milliseconds[0]));
            Assert.Equal($"p50 [{unit}]", format.Header);
        }

        [Theory]
        [InlineData(new[] { 512.0, 900.0 }, "B", "512")]
        [InlineData(new[] { 1536.0, 23456.0 }, "KiB", "1.50")]
        [InlineData(new[] { 3145728.0, 1048576.0 }, "MiB", "3")]
        [InlineData(new[] { 3.5 * 1024 * 1024 * 1024 }, "GiB", "3.50")]
        public void Should_ChooseBinaryByteUnit_When_SmallestValueCrossesAThreshold(
            double[] bytes, string unit, string first)
        {
            var format = For(ReportColumn.Bytes("Sent"), bytes);

            Assert.Equal(unit, format.Unit);
            Assert.Equal(first, format.FormatNumber(bytes[0]));
        }

        [Fact]
        public void Should_UseThreeSignificantDigitsOfTheSmallestValue_When_ValuesAreFractional()
        {
            var format = For(ReportColumn.FramesPerSecond("Throughput"), 3.14159, 29.9);

            Assert.Equal(2, format.Decimals);
            Assert.Equal("29.90", format.FormatNumber(29.9));
            Assert.Equal("Throughput [fps]", format.Header);
        }

        [Fact]
        public void Should_PrintNoDecimals_When_EveryValueIsWhole()
        {
            var format = For(ReportColumn.Number("Detection rate"), 1, 5, 10);

            Assert.Equal(0, format.Decimals);
            Assert.Equal("5", format.FormatNumber(5));
        }

        [Fact]
        public void Should_KeepFixedDigits_When_KindIsRatioOrPercent()
        {
            Assert.Equal("0.500", For(ReportColumn.Ratio("mAP"), 0.5).FormatNumber(0.5));
            Assert.Equal("41.3", For(ReportColumn.Percent("Offloaded"), 41.26).FormatNumber(41.26));
        }

        [Fact]
        public void Should_UseTheColumnsDecimals_When_TheColumnFixesThem()
        {
            var format = For(ReportColumn.Number("x") with { Decimals = 1 }, 1, 2);

            Assert.Equal("1.0", format.FormatNumber(1));
        }

        [Fact]
        public void Should_LeaveTheUnitOutOfTheHeader_When_TheNameEndsWithIt()
        {
            Assert.Equal("FPS", For(ReportColumn.FramesPerSecond("FPS"), 30).Header);
        }
    }

    public sealed class TheFormatMethod
    {
        [Fact]
        public void Should_PrintNA_When_ValueIsMissing()
        {
            var format = For(ReportColumn.Duration("p50"), 12.5);

            Assert.Equal("NA", format.Format(ReportValue.Missing));
            Assert.Equal("NA", format.Format(double.NaN));
            Assert.Equal("NA", format.FormatWithUnit(ReportValue.Missing));
        }

        [Fact]
        public void Should_PrintMedianWithRange_When_ValueIsASummary()
        {
            var value = ReportValue.OfSummary(0.412, 0.401, 0.42, 3);

            var text = ColumnFormat.For(ReportColumn.Ratio("mAP"), [value]).Format(value);

            Assert.Equal("0.412 (0.401\u20130.420)", text);
        }

        [Fact]
        public void Should_PrintOnlyTheMedian_When_TheRangeRoundsToOneValue()
        {
            var value = ReportValue.OfSummary(0.4121, 0.4120, 0.4122, 3);

            Assert.Equal("0.412", ColumnFormat.For(ReportColumn.Ratio("mAP"), [value]).Format(value));
        }

        [Fact]
        public void Should_AppendTheUnit_When_FormattingWithUnit()
        {
            Assert.Equal("12.5 ms", For(ReportColumn.Duration("p50"), 12.5).FormatWithUnit(12.5));
            Assert.Equal("41.2%", For(ReportColumn.Percent("Offloaded"), 41.2).FormatWithUnit(41.2));
        }

        [Fact]
        public void Should_DropTheSign_When_ANegativeValueRoundsToZero()
        {
            var format = For(ReportColumn.Number("delta") with { Decimals = 1 }, -0.01);

            Assert.Equal("0.0", format.FormatNumber(-0.01));
        }
    }
}
