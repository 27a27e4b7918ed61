// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Tracking;

public sealed class TrackerFactoryTests
{
    public sealed class TheCreateMethod
    {
        [Theory]
        [InlineData("median-flow")]
        [InlineData("MOTION")]
        [InlineData(" kcf ")]
        public void Should_CreateTheNamedTracker_When_TheNameIsKnown(string name)
        {
            using var tracker = TrackerFactory.Create(name);

            Assert.Equal(name.Trim().ToLowerInvariant(), tracker.Name);
        }

        [Fact]
        public void Should_ListTheKnownNames_When_TheNameIsUnknown()
        {
            var error = Assert.Throws<ArgumentException>(() => TrackerFactory.Create("mosse"));

            Assert.Equal("name", error.ParamName);
            Assert.Contains("median-flow, motion, kcf", error.Message, StringComparison.Ordinal);
        }
    }
}
