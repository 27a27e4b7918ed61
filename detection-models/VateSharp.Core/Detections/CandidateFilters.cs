// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Detections;

/// <summary>Small in-place filters on candidate spans.</summary>
public static class CandidateFilters
{
    /// <summary>Moves the candidates scoring at least <paramref name="minScore"/> to the front, keeping their order.</summary>
    /// <returns>How many remain at the front.</returns>
    public static int KeepAtLeast(Span<DetectionCandidate> candidates, float minScore)
    {
        var kept = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Score >= minScore)
            {
                candidates[kept++] = candidates[i];
            }
        }

        return kept;
    }

    /// <summary>Moves the candidates with a non-empty box to the front, keeping their order.</summary>
    /// <returns>How many remain at the front.</returns>
    public static int KeepNonEmpty(Span<DetectionCandidate> candidates)
    {
        var kept = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (!candidates[i].Box.IsEmpty)
            {
                candidates[kept++] = candidates[i];
            }
        }

        return kept;
    }
}
