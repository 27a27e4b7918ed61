// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Embedded;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Embedded;

public sealed class EmbeddedTierTests
{
    public sealed class Start
    {
        [Fact]
        public async Task Should_ServeClientsOnOtherThreads_When_BoundToInproc()
        {
            // Given an embedded tier on inproc
            await using var tier = EmbeddedTier.Start(TestEndpoints.UniqueName("edge"), _ => new StubDetector());
            Assert.StartsWith("inproc://", tier.Endpoint, StringComparison.Ordinal);

            // When four clients on four thread-pool threads each send 25 frames
            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
            {
                using var client = tier.CreateClient();
                var replies = new List<DetectionReply>();
                for (ulong i = 0; i < 25; i++)
                {
                    replies.Add(await client.DetectAsync(Requests.Frame($"c{c}", i)));
                }

                return replies;
            })));

            // Then every frame was answered through the same code path as tcp
            Assert.All(results.SelectMany(r => r), r => Assert.Equal(DetectionStatus.Ok, r.Status));
            Assert.Equal(100, tier.Server.Counters.Ok);
        }
    }
}
