// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using System.Text.Json;
using VateSharp.Cli;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Benchmark.Commands;

/// <summary>The <c>eval</c> verb: pycocotools' bbox evaluation of one results file.</summary>
public static class EvalCommand
{
    /// <summary>Runs the verb; bad input files end in a <see cref="CocoFormatException"/> that the program reports.</summary>
    /// <param name="options">The parsed and validated options.</param>
    /// <param name="output">Receives the table or JSON.</param>
    /// <param name="error">Receives notes.</param>
    /// <returns>0.</returns>
    public static int Run(EvalOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var limits = Limits(options.MaxDets);

        var groundTruth = CocoJsonReader.ReadDataset(options.Annotations);
        var results = CocoJsonReader.ReadResults(options.Results);
        var detections = results.Detections;
        if (results.HasOwnIds)
        {
            var match = CocoResultMatcher.Match(results, groundTruth);
            detections = match.Detections;
            error.WriteLine(
                $"Results carry their own ids: matched by file name and category name, {match.DroppedDetections} " +
                "detections without a counterpart left out.");
        }

        var parameters = new CocoEvaluationOptions { MaxDetections = limits };
        var evaluation = CocoEvaluator.Evaluate(groundTruth, detections, parameters);
        var summary = evaluation.Summarize();
        var categories = options.PerCategory ? evaluation.SummarizeCategories() : null;
        var sequences = options.PerSequence ? evaluation.SummarizeSequences() : null;
        output.Write(options.Json ? Json(summary, categories, sequences) : Text(summary, categories, sequences));
        return 0;
    }

    /// <summary>Parses validated <c>--max-dets</c> text; a caller that skipped validation gets the problem as a usage failure.</summary>
    internal static int[] Limits(string maxDets) =>
        new EvalOptions { MaxDets = maxDets }.TryParseMaxDets(out var limits) is { } problem
            ? throw new UserFacingException(problem, ExitCodes.Usage)
            : limits;

    private static string Text(
        CocoSummary summary, IReadOnlyList<CategorySummary>? categories, IReadOnlyList<SequenceSummary>? sequences)
    {
        var text = new StringBuilder(summary.ToTable());
        var limit = summary.MaxDetections[2];
        if (categories is not null)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{"category",-24} {"gt",6} {"dets",7} {Header(limit)}\n");
            foreach (var c in categories)
            {
                text.Append(
                    CultureInfo.InvariantCulture, $"{c.Category.Name,-24} {c.GroundTruth,6} {c.Detections,7} {Row(c.Summary)}\n");
            }
        }

        if (sequences is not null)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{"sequence",-24} {"images",6} {"",7} {Header(limit)}\n");
            foreach (var s in sequences)
            {
                var name = s.Sequence.Length == 0 ? "(root)" : s.Sequence;
                text.Append(CultureInfo.InvariantCulture, $"{name,-24} {s.Images,6} {"",7} {Row(s.Summary)}\n");
            }
        }

        return text.ToString();
    }

    private static string Header(int limit) => string.Create(
        CultureInfo.InvariantCulture, $"{"AP",7} {"AP50",7} {"AP75",7} {"AR" + limit,7}");

    private static string Row(CocoSummary s) => string.Create(
        CultureInfo.InvariantCulture, $"{s.AP,7:F3} {s.AP50,7:F3} {s.AP75,7:F3} {s.AR100,7:F3}");

    private static string Json(
        CocoSummary summary, IReadOnlyList<CategorySummary>? categories, IReadOnlyList<SequenceSummary>? sequences)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            WriteStats(writer, summary);
            if (categories is not null)
            {
                writer.WriteStartArray("categories");
                foreach (var c in categories)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("id", c.Category.Id);
                    writer.WriteString("name", c.Category.Name);
                    writer.WriteNumber("gt", c.GroundTruth);
                    writer.WriteNumber("dets", c.Detections);
                    WriteStats(writer, c.Summary);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (sequences is not null)
            {
                writer.WriteStartArray("sequences");
                foreach (var s in sequences)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", s.Sequence);
                    writer.WriteNumber("images", s.Images);
                    WriteStats(writer, s.Summary);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStats(Utf8JsonWriter writer, CocoSummary summary)
    {
        for (var i = 0; i < CocoSummary.Keys.Count; i++)
        {
            writer.WriteNumber(CocoSummary.Keys[i], summary.Values[i]);
        }
    }
}
