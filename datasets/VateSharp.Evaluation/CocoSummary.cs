// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using VateSharp.Evaluation.Internal;

namespace VateSharp.Evaluation;

/// <summary>
/// pycocotools' twelve summary numbers (its <c>stats</c> array), −1 where nothing could be measured.
/// </summary>
/// <param name="AP">AP at IoU .50:.95, all areas, 100 detections (the literal 100, as pycocotools).</param>
/// <param name="AP50">AP at IoU .50, all areas, the third detection limit.</param>
/// <param name="AP75">AP at IoU .75, all areas, the third detection limit.</param>
/// <param name="APs">AP for small objects (area ≤ 32²).</param>
/// <param name="APm">AP for medium objects (32² ≤ area ≤ 96²).</param>
/// <param name="APl">AP for large objects (area ≥ 96²).</param>
/// <param name="AR1">Recall at the first detection limit (default 1).</param>
/// <param name="AR10">Recall at the second detection limit (default 10).</param>
/// <param name="AR100">Recall at the third detection limit (default 100).</param>
/// <param name="ARs">Recall for small objects at the third limit.</param>
/// <param name="ARm">Recall for medium objects at the third limit.</param>
/// <param name="ARl">Recall for large objects at the third limit.</param>
public sealed record CocoSummary(
    double AP,
    double AP50,
    double AP75,
    double APs,
    double APm,
    double APl,
    double AR1,
    double AR10,
    double AR100,
    double ARs,
    double ARm,
    double ARl)
{
    /// <summary>Gets the keys of the twelve numbers in pycocotools' order, as JSON output names them.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"];

    /// <summary>Gets the first three detection limits the numbers were computed with (default 1, 10, 100).</summary>
    public IReadOnlyList<int> MaxDetections { get; init; } = [1, 10, 100];

    /// <summary>Gets the first and last IoU threshold (default 0.5 and 0.95), for the table's labels.</summary>
    public (double Low, double High) IouRange { get; init; } = (0.5, 0.95);

    /// <summary>Gets the twelve numbers in <see cref="Keys"/> order.</summary>
    public IReadOnlyList<double> Values => [AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl];

    /// <summary>
    /// Formats the twelve lines pycocotools' summarize() prints, for example
    /// <c> Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.504</c>.
    /// </summary>
    /// <returns>The lines, each ending in a newline.</returns>
    public string ToTable()
    {
        var text = new StringBuilder();
        var definitions = StatDefinition.For(MaxDetections);
        var values = Values;
        for (var i = 0; i < definitions.Length; i++)
        {
            var d = definitions[i];
            var title = d.IsPrecision ? "Average Precision" : "Average Recall";
            var type = d.IsPrecision ? "(AP)" : "(AR)";
            var iou = d.Iou is { } single
                ? Fixed(single, 2)
                : $"{Fixed(IouRange.Low, 2)}:{Fixed(IouRange.High, 2)}";
            text.Append(CultureInfo.InvariantCulture,
                $" {title,-18} {type} @[ IoU={iou,-9} | area={d.Area,6} | maxDets={d.MaxDetections,3} ] = ");
            text.Append(Fixed(values[i], 3)).Append('\n');
        }

        return text.ToString();
    }

    private static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
