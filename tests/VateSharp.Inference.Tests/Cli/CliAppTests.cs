// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Inference.Tests.Cli;

public sealed class CliAppTests
{
    public sealed class TheRunAsyncMethod
    {
        [Theory]
        [InlineData("--bogus", 2)]
        [InlineData("--count -1", 2)]
        [InlineData("--count 1 --fail asset", 1)]
        [InlineData("--count 1 --fail usage", 2)]
        [InlineData("--count 1 --fail crash", 1)]
        [InlineData("--count 3", 0)]
        public async Task Should_ReturnTheExitCode_When_VerbEndsThatWay(string arguments, int expected)
        {
            // Given
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var verbs = new VerbRegistry().Add<ProbeOptions>(RunProbeAsync);

            // When
            var code = await CliApp.RunAsync("probe", ["probe", .. arguments.Split(' ')], verbs, stdout, stderr);

            // Then failures are one line on stderr, prefixed with the program name, with no stack trace.
            Assert.Equal(expected, code);
            var errors = stderr.ToString().Trim();
            if (expected == 0)
            {
                Assert.Equal(string.Empty, errors);
                Assert.Equal("counted 3", stdout.ToString().Trim());
            }
            else
            {
                Assert.StartsWith("probe: ", errors, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', errors);
                Assert.DoesNotContain(" at ", errors, StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task Should_PrintHelpAndSucceed_When_HelpIsAsked()
        {
            var stdout = new StringWriter();

            var code = await CliApp.RunAsync("probe", ["probe", "--help"], new VerbRegistry().Add<ProbeOptions>(RunProbeAsync), stdout, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("How many to count. Default 1.", stdout.ToString(), StringComparison.Ordinal);
        }

        private static Task<int> RunProbeAsync(ProbeOptions options, CliContext context, CancellationToken ct) => options.Fail switch
        {
            "asset" => throw new AssetException("The probe asset is missing; set VATE_ASSETS_MIRROR."),
            "usage" => throw new UserFacingException("The probe was used wrongly.", ExitCodes.Usage),
            "crash" => throw new InvalidOperationException("Something unexpected\nwith a second line"),
            _ => WriteAsync(context, options.Count),
        };

        private static async Task<int> WriteAsync(CliContext context, int count)
        {
            await context.Out.WriteLineAsync($"counted {count}");
            return 0;
        }
    }

    /// <summary>A verb for exercising the plumbing.</summary>
    [Verb("probe", HelpText = "Test verb.")]
    public sealed class ProbeOptions : VerbOptions
    {
        [Option("count", Default = 1, HelpText = "How many to count. Default 1.")]
        public int Count { get; set; } = 1;

        [Option("fail", HelpText = "How to fail: asset, usage or crash.")]
        public string? Fail { get; set; }

        public override IEnumerable<string> Validate()
        {
            if (Count < 0)
            {
                yield return $"--count must be 0 or more, but is {Count}.";
            }
        }
    }
}
