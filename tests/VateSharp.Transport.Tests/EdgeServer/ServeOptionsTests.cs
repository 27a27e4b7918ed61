// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.EdgeServer;

namespace VateSharp.Transport.Tests.EdgeServer;

public sealed class ServeOptionsTests
{
    public sealed class Validate
    {
        [Fact]
        public void Should_LetFlagsWinOverTheConfigFile_And_TheConfigOverDefaults()
        {
            // Given a config file with workers and queue, and a --workers flag
            var path = Path.Combine(Path.GetTempPath(), $"vate-config-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, """{ "workers": 2, "queue": 5, "model": "fastestdet" }""");
            var options = new ServeOptions { Config = path, Workers = 3 };

            // When the options are validated (which reads the config)
            var problems = options.Validate().ToList();
            File.Delete(path);

            // Then the flag keeps its value and the config fills the rest
            Assert.Empty(problems);
            Assert.Equal((3, 5, "fastestdet", "tcp://*:5555"), (options.ResolvedWorkers, options.Queue, options.ResolvedModel, options.ResolvedEndpoint));
        }

        [Theory]
        [InlineData("""{ "bogus": 1 }""", "unknown key 'bogus'")]
        [InlineData("""{ "workers": "two" }""", "wrong type")]
        [InlineData("""[1, 2]""", "one JSON object")]
        [InlineData("""{ "workers": """, "Cannot read the config file")]
        public void Should_ExplainABadConfigFile(string json, string expected)
        {
            // Given a bad config file
            var path = Path.Combine(Path.GetTempPath(), $"vate-config-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, json);

            // When validated
            var problems = new ServeOptions { Config = path }.Validate().ToList();
            File.Delete(path);

            // Then one sentence says what is wrong
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        }

        [Fact]
        public void Should_RequireBothCurveOptions()
        {
            var problems = new ServeOptions { CurveSecretKey = "server.secret" }.Validate().ToList();
            Assert.Contains(problems, p => p.Contains("both --curve-secret-key and --allowed-keys", StringComparison.Ordinal));
        }
    }
}
