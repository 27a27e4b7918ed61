// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Server;

namespace VateSharp.Transport.Tests.TestSupport;

/// <summary>Starts a server over stub detectors.</summary>
internal static class StubServer
{
    public static DetectionServer Start(StubDetector detector, DetectionServerOptions? options = null) =>
        Start(_ => detector, options);

    public static DetectionServer Start(Func<int, StubDetector> detectors, DetectionServerOptions? options = null)
    {
        var server = new DetectionServer(detectors, options ?? new DetectionServerOptions { Endpoint = TestEndpoints.RandomLoopback });
        server.Start();
        return server;
    }
}
