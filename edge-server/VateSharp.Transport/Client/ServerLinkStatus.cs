// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Client;

/// <summary>What a client knows about one of its servers.</summary>
/// <param name="Endpoint">The server endpoint.</param>
/// <param name="IsAlive">Whether requests go to it (false after a timeout with no sign of life, until it answers a ping).</param>
/// <param name="Outstanding">Requests sent to it and not yet answered or timed out.</param>
/// <param name="Answered">Replies received from it.</param>
/// <param name="TimedOut">Requests to it that timed out.</param>
public readonly record struct ServerLinkStatus(string Endpoint, bool IsAlive, int Outstanding, long Answered, long TimedOut);
