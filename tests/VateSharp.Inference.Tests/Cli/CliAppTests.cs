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

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        [InlineData("help")]
        public async Task Should_DescribeTheDefaultVerbAndNameTheOthers_When_BareHelpIsAsked(string help)
        {
            // Given a program whose default verb is 'serve', with 'probe' beside it
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            // When
            var code = await CliApp.RunAsync("probe", [help], TwoVerbs(), stdout, stderr);

            // Then the default verb's options are shown, then one line naming the other verb
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, stderr.ToString());
            var text = stdout.ToString();
            Assert.Contains("--port", text, StringComparison.Ordinal);
            Assert.Contains("Port to serve on. Default 5555.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("How many to count.", text, StringComparison.Ordinal);
            Assert.EndsWith(
                "Other verbs: probe; run 'probe VERB --help' for a verb's options." + Environment.NewLine, text, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_NameNoOtherVerbs_When_TheDefaultVerbIsTheOnlyOne()
        {
            var stdout = new StringWriter();

            var code = await CliApp.RunAsync("probe", ["--help"], new VerbRegistry().Add<ServeProbeOptions>(RunServeAsync), stdout, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("Port to serve on. Default 5555.", stdout.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Other verbs", stdout.ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("probe --help", "How many to count. Default 1.")]
        [InlineData("serve --help", "Port to serve on. Default 5555.")]
        [InlineData("help probe", "How many to count. Default 1.")]
        public async Task Should_DescribeTheNamedVerb_When_HelpNamesOne(string arguments, string expected)
        {
            var stdout = new StringWriter();

            var code = await CliApp.RunAsync("probe", arguments.Split(' '), TwoVerbs(), stdout, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains(expected, stdout.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Other verbs", stdout.ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--version")]
        [InlineData("probe --version")]
        public async Task Should_PrintOnlyTheVersion_When_VersionIsAsked(string arguments)
        {
            // Given
            var stdout = new StringWriter();

            // When
            var code = await CliApp.RunAsync("probe", arguments.Split(' '), TwoVerbs(), stdout, new StringWriter());

            // Then one line with the version, and no help screen
            Assert.Equal(0, code);
            var version = stdout.ToString().TrimEnd();
            Assert.Matches(@"^\S+ \d+\.\d+", version);
            Assert.DoesNotContain('\n', version);
            Assert.DoesNotContain("--", version, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--bogus", "probe serve --help")]
        [InlineData("--port 0", "--port must be 1 to 65535")]
        [InlineData("--port 80", "served on 80")]
        public async Task Should_RunTheDefaultVerb_When_NoVerbIsTyped(string arguments, string expected)
        {
            // Given
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            // When
            var code = await CliApp.RunAsync("probe", arguments.Split(' '), TwoVerbs(), stdout, stderr);

            // Then bad options are one line on stderr and good ones run the default verb
            Assert.Contains(expected, stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(expected.StartsWith("served", StringComparison.Ordinal) ? 0 : 2, code);
            Assert.DoesNotContain('\n', stderr.ToString().Trim());
        }

        private static VerbRegistry TwoVerbs() =>
            new VerbRegistry().Add<ServeProbeOptions>(RunServeAsync).Add<ProbeOptions>(RunProbeAsync);

        private static async Task<int> RunServeAsync(ServeProbeOptions options, CliContext context, CancellationToken ct)
        {
            await context.Out.WriteLineAsync($"served on {options.Port}");
            return 0;
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

    /// <summary>A default verb, as edge-server's serve is.</summary>
    [Verb("serve", isDefault: true, HelpText = "Test default verb.")]
    public sealed class ServeProbeOptions : VerbOptions
    {
        [Option("port", Default = 5555, HelpText = "Port to serve on. Default 5555.")]
        public int Port { get; set; } = 5555;

        public override IEnumerable<string> Validate()
        {
            if (Port is < 1 or > 65535)
            {
                yield return $"--port must be 1 to 65535, but is {Port}.";
            }
        }
    }
}
