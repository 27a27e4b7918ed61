// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.EdgeDevice;

/// <summary>Entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("VateSharp.EdgeDevice: not built yet.");
        return args.Length >= 0 ? 2 : 0;
    }
}
