// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Detect;

/// <summary>Writes COCO results JSON (a list of image_id, category_id, bbox [x, y, w, h], score) atomically.</summary>
internal static class CocoResultsWriter
{
    public static Task WriteAsync(string path, IReadOnlyList<CocoResult> results, CancellationToken ct) =>
        AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            await using var json = new Utf8JsonWriter(stream);
            json.WriteStartArray();
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteNumber("image_id", r.ImageId);
                json.WriteNumber("category_id", r.CategoryId);
                json.WriteStartArray("bbox");
                json.WriteNumberValue(Math.Round(r.Box.X1, 3));
                json.WriteNumberValue(Math.Round(r.Box.Y1, 3));
                json.WriteNumberValue(Math.Round(r.Box.Width, 3));
                json.WriteNumberValue(Math.Round(r.Box.Height, 3));
                json.WriteEndArray();
                json.WriteNumber("score", Math.Round(r.Score, 5));
                json.WriteEndObject();
                if (json.BytesPending > 1 << 16)
                {
                    await json.FlushAsync(token).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            await json.FlushAsync(token).ConfigureAwait(false);
        }, ct);
}
