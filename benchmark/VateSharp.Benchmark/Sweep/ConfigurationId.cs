// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The folder name of a configuration's runs: a readable slug followed by the first 10 hex digits of the SHA-256 of
/// <see cref="SweepConfiguration.CanonicalText"/>, e.g. <c>async-r5-dsc-ours-q90-3f0c2a9b1d</c>. The same
/// settings always give the same id, on any machine and in any culture, which is what lets a sweep resume.
/// </summary>
public static class ConfigurationId
{
    private static readonly int HashDigits = 10;

    /// <summary>The id of a configuration (normalised first).</summary>
    public static string For(SweepConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var normal = configuration.Normalized();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normal.CanonicalText()));
        var hash = Convert.ToHexStringLower(digest)[..HashDigits];
        return $"{Slug(normal)}-{hash}";
    }

    private static string Slug(SweepConfiguration c)
    {
        if (c.DecodeOnly)
        {
            return "decode-only";
        }

        var parts = new List<string>
        {
            c.Mode,
            string.Create(CultureInfo.InvariantCulture, $"r{c.DetectionRate}"),
            string.Concat(c.TierList.Select(t => t[0])),
            c.Fusion,
        };
        if (c.ServerPolicy is not null)
        {
            parts.Add("sp-" + c.ServerPolicy);
        }

        if (c.CloudPolicy is not null)
        {
            parts.Add("cp-" + c.CloudPolicy);
        }

        if (c.JpegQuality is { } quality)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"q{quality}"));
        }

        if (c.Realtime)
        {
            parts.Add("rt");
        }

        // Only ASCII letters, digits and '-' reach the file system; anything else becomes '-'.
        var slug = new StringBuilder();
        foreach (var ch in string.Join('-', parts).ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(ch);
            if (keep || (slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(keep ? ch : '-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 60 ? text[..60].TrimEnd('-') : text;
    }
}
