// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;
using VateSharp.Evaluation.Internal;

namespace VateSharp.Evaluation;

/// <summary>
/// The per-image results of <see cref="CocoEvaluator.Evaluate"/> (pycocotools' evalImgs). Accumulating them over
/// all images gives the standard summary; over a subset of images, a per-sequence one.
/// </summary>
public sealed class CocoEvaluation
{
    private readonly CocoImage[] _images;
    private readonly EvaluatedGroup[] _groups;
    private readonly int[] _categoryStart;
    private readonly int[] _groundTruthPerCategory;
    private readonly int[] _detectionsPerCategory;

    internal CocoEvaluation(
        CocoEvaluationOptions options,
        CocoImage[] images,
        CocoCategory[] categories,
        EvaluatedGroup[] groups,
        int ignoredDetections,
        int[] groundTruthPerCategory,
        int[] detectionsPerCategory)
    {
        Options = options;
        _images = images;
        Categories = categories;
        _groups = groups;
        IgnoredDetections = ignoredDetections;
        _groundTruthPerCategory = groundTruthPerCategory;
        _detectionsPerCategory = detectionsPerCategory;

        // Groups come category-major, so each category's groups are one contiguous run.
        _categoryStart = new int[categories.Length + 1];
        foreach (var group in groups)
        {
            _categoryStart[group.CategoryIndex + 1]++;
        }

        for (var k = 0; k < categories.Length; k++)
        {
            _categoryStart[k + 1] += _categoryStart[k];
        }
    }

    /// <summary>Gets the parameters used, with the detection limits sorted.</summary>
    public CocoEvaluationOptions Options { get; }

    /// <summary>Gets the evaluated images (the ground truth's), sorted by id.</summary>
    public IReadOnlyList<CocoImage> Images => _images;

    /// <summary>Gets the evaluated categories (the ground truth's), sorted by id; category index = position.</summary>
    public IReadOnlyList<CocoCategory> Categories { get; }

    /// <summary>Gets the evaluated category ids, sorted.</summary>
    public IReadOnlyList<long> CategoryIds => [.. Categories.Select(c => c.Id)];

    /// <summary>Gets how many detections were left out because the ground truth has no such category.</summary>
    public int IgnoredDetections { get; }

    /// <summary>Accumulates over all images (pycocotools' accumulate()).</summary>
    /// <returns>The precision and recall arrays.</returns>
    public CocoAccumulation Accumulate() => Accumulator.Run(this, null);

    /// <summary>Accumulates over the given images only, as pycocotools does with <c>params.imgIds</c> set to them.</summary>
    /// <param name="imageIds">Ground-truth image ids; unknown ids are ignored.</param>
    /// <returns>The precision and recall arrays.</returns>
    public CocoAccumulation Accumulate(IEnumerable<long> imageIds)
    {
        ArgumentNullException.ThrowIfNull(imageIds);

        var keep = new HashSet<long>(imageIds);
        var mask = _images.Select(i => keep.Contains(i.Id)).ToArray();
        return Accumulator.Run(this, i => mask[i]);
    }

    /// <summary>Accumulates over all images and returns the twelve standard numbers.</summary>
    /// <returns>The summary.</returns>
    public CocoSummary Summarize() => Accumulate().Summarize();

    /// <summary>Returns the twelve numbers for each category alone, in category-id order.</summary>
    /// <returns>One summary per ground-truth category.</returns>
    public IReadOnlyList<CategorySummary> SummarizeCategories()
    {
        var accumulation = Accumulate();
        return
        [
            .. Categories.Select((category, k) => new CategorySummary(
                category, _groundTruthPerCategory[k], _detectionsPerCategory[k], accumulation.Summarize(k))),
        ];
    }

    /// <summary>
    /// Returns the twelve numbers for each sequence alone (a sequence is the folder part of an image's
    /// <c>file_name</c>), in ordinal name order.
    /// </summary>
    /// <returns>One summary per sequence.</returns>
    public IReadOnlyList<SequenceSummary> SummarizeSequences() =>
    [
        .. _images
            .GroupBy(i => i.Sequence, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SequenceSummary(g.Key, g.Count(), Accumulate(g.Select(i => i.Id)).Summarize())),
    ];

    internal ArraySegment<EvaluatedGroup> GroupsOf(int categoryIndex) =>
        new(_groups, _categoryStart[categoryIndex], _categoryStart[categoryIndex + 1] - _categoryStart[categoryIndex]);
}
