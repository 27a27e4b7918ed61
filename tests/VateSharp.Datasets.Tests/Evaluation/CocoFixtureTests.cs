// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Evaluation;

/// <summary>
/// The evaluator against real data with numbers pycocotools produced: the COCO val2014 fixture's published stats
/// (its README, 6 decimals) and, to full precision, pycocotools (cocodataset/cocoapi 8c9bcc3, numpy 1.24) run on
/// the same files.
/// </summary>
public sealed class CocoFixtureTests
{
    [Fact]
    public void Should_ReproducePublishedStats_When_ScoringCocoVal2014Fixture()
    {
        // Given
        var gt = CocoJsonReader.ReadDataset(Path.Combine(TestAssets.CocoEvalFixture, "sampled_gts_bbox_area.json"));
        var results = CocoJsonReader.ReadResults(
            Path.Combine(TestAssets.CocoEvalFixture, "instances_val2014_fakebbox100_results.json"));

        // When
        var stats = CocoEvaluator.Evaluate(gt, results.Detections).Summarize().Values;

        // Then
        double[] published =
            [0.503647, 0.696973, 0.571667, 0.593252, 0.557991, 0.489363, 0.386813, 0.593680, 0.595353, 0.654764,
             0.603130, 0.553744];
        double[] pycocotools =
            [0.5036473243630208, 0.6969727247299577, 0.5716670593726122, 0.593252103002719, 0.5579906676111426,
             0.48936321019618767, 0.38681277964578054, 0.5936795762842003, 0.595352982877607, 0.6547641893777741,
             0.6031300236406619, 0.5537444355958507];
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(published[i], Math.Round(stats[i], 6));
            Assert.Equal(pycocotools[i], stats[i]);
        }
    }

    [Fact]
    public void Should_MatchByNameAndReproducePycocotools_When_ScoringVoc100SampleDetections()
    {
        // Given: coco_dets.json numbers its own images and categories, so ids are matched by name.
        var gt = CocoJsonReader.ReadDataset(
            Path.Combine(TestAssets.Voc100, "annotations", "instances_voc100_cocofmt_v1.json"));
        var results = CocoJsonReader.ReadResults(Path.Combine(TestAssets.Voc100, "sample_detections", "coco_dets.json"));

        // When
        var match = CocoResultMatcher.Match(results, gt);
        var summary = CocoEvaluator.Evaluate(gt, match.Detections).Summarize();

        // Then
        Assert.Equal(452, match.Detections.Count);
        Assert.Equal(0.347, Math.Round(summary.AP, 3));
        Assert.Equal(0.610, Math.Round(summary.AP50, 3));
        Assert.Equal(0.354, Math.Round(summary.AP75, 3));
        double[] pycocotools =
            [0.34695818626660924, 0.6100296805315172, 0.3537144792046059, 0.07518118519140897, 0.33948209410671315,
             0.49788092607356965, 0.37350491175491174, 0.5206472000222, 0.5225702769452769, 0.15833333333333333,
             0.44666210982000454, 0.5809226190476191];
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(pycocotools[i], summary.Values[i]);
        }
    }
}
