// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Exporters;

/// <summary>
/// Writes a report as JSON for machines: the environment as an object, and for each table its columns (name,
/// kind, base unit) and its rows as objects keyed by column name. Numbers are raw values in the base unit; a
/// summary is <c>{"median", "min", "max", "runs"}</c>; a missing value is <c>null</c>. Nothing is hoisted.
/// System.Text.Json writes numbers the same under every culture.
/// </summary>
public sealed class JsonExporter
{
    /// <summary>Creates an exporter.</summary>
    public JsonExporter(JsonExporterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Indented output (<see cref="JsonExporterOptions.Default"/>).</summary>
    public static JsonExporter Indented { get; } = new(JsonExporterOptions.Default);

    /// <summary>Everything on one line.</summary>
    public static JsonExporter Compact { get; } = new(new JsonExporterOptions { Indented = false });

    /// <summary>The options in force.</summary>
    public JsonExporterOptions Options { get; }

    /// <summary>The whole report as JSON, ended by a line feed.</summary>
    public string Export(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);

        using var stream = new MemoryStream();
        var writerOptions = new JsonWriterOptions
        {
            Indented = Options.Indented,
            NewLine = "\n",
            // The file is read by programs, not embedded in a page, so "µ" and "–" may stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        using (var json = new Utf8JsonWriter(stream, writerOptions))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title);
            WriteEnvironment(json, report.Environment);
            json.WriteStartArray("tables");
            foreach (var table in report.Tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteStartArray("plots");
            foreach (var image in report.Images)
            {
                json.WriteStartObject();
                json.WriteString("title", image.Title);
                json.WriteString("file", image.FileName);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteEnvironment(Utf8JsonWriter json, ReportEnvironment environment)
    {
        json.WriteStartObject("environment");
        json.WriteString("machine", environment.Machine);
        json.WriteString("processor", environment.Processor);
        if (environment.LogicalCores is { } cores)
        {
            json.WriteNumber("logicalCores", cores);
        }
        else
        {
            json.WriteNull("logicalCores");
        }

        json.WriteString("operatingSystem", environment.OperatingSystem);
        json.WriteString("dotNet", environment.DotNet);
        json.WriteString("onnxRuntime", environment.OnnxRuntime);
        json.WriteString("executionProvider", environment.ExecutionProvider);
        json.WriteStartArray("models");
        foreach (var model in environment.Models)
        {
            json.WriteStartObject();
            json.WriteString("name", model.Name);
            json.WriteString("sha256", model.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("dataset", environment.Dataset);
        json.WriteString("gitCommit", environment.GitCommit);
        json.WriteStartArray("extra");
        foreach (var entry in environment.Extra)
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteString("value", entry.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, ReportTable table)
    {
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        json.WriteString("description", table.Description);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(column.Kind.ToString()));
            json.WriteString("unit", Units.BaseUnit(column.Kind));
            json.WriteString("description", column.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Name);
                WriteValue(json, row[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, ReportValue value)
    {
        switch (value.Kind)
        {
            case ReportValueKind.Text:
                json.WriteStringValue(value.Text);
                break;
            case ReportValueKind.Number:
                json.WriteNumberValue(value.Value);
                break;
            case ReportValueKind.Summary:
                json.WriteStartObject();
                json.WriteNumber("median", value.Value);
                json.WriteNumber("min", value.Min);
                json.WriteNumber("max", value.Max);
                json.WriteNumber("runs", value.Count);
                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
