// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace VateSharp.EdgeServer.Hosting;

/// <summary>JSON settings for config files: enums by name, case-insensitive.</summary>
internal static class ConfigJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
