// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>The JSON conventions of the run's output files: camelCase, indented, enums as strings.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    /// <summary>Rounds to a few significant decimals: the files are read by people as well as programs.</summary>
    public static double Round(double value, int decimals = 4) =>
        double.IsFinite(value) ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : 0;
}
