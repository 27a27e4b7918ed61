// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.Transport.Security;

namespace VateSharp.EdgeServer;

/// <summary>Runs <c>edge-server keygen</c>.</summary>
internal static class KeygenCommand
{
    public static async Task<int> RunAsync(KeygenOptions options, CliContext context, CancellationToken ct)
    {
        var certificate = CurveKeyFiles.Generate(options.Output, options.Name);
        await context.Out.WriteLineAsync(
            $"Wrote {Path.Combine(options.Output, options.Name)}.secret and .public; public key {certificate.PublicKeyZ85}");
        return ExitCodes.Success;
    }
}
