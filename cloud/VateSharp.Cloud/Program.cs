// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cloud;

/// <summary>Entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("VateSharp.Cloud: not built yet.");
        return args.Length >= 0 ? 2 : 0;
    }
}
