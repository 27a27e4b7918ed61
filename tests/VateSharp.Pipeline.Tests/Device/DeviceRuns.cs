// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging.Abstractions;
using VateSharp.Pipeline.Device;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>Runs the device on the test sequences with options a test adjusts.</summary>
internal static class DeviceRuns
{
    public static async Task<DeviceRunOptions> OptionsAsync(string output, bool annotated = true) => new()
    {
        Input = await DeviceTestData.SequencesGlobAsync(),
        Annotations = annotated ? await DeviceTestData.AnnotationsAsync() : null,
        OutputFolder = output,
    };

    public static Task<DeviceRunResult> RunAsync(DeviceRunOptions options, params IShownFrameSink[] sinks) =>
        DeviceRunner.RunAsync(options, new DeviceRunHooks { Sinks = sinks }, NullLoggerFactory.Instance);
}
