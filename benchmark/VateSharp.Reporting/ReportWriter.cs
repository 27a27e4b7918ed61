// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;
using VateSharp.Reporting.Plots;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting;

/// <summary>
/// Writes a whole report folder: report.md, results.csv (first table; further tables go to
/// results-&lt;title&gt;.csv), results.json, report.html and one PNG per plot. Everything is written into a hidden
/// temporary folder beside the target and moved into place at the end, so a failure leaves no half-written
/// report: the target is either absent, the old one (when overwriting) or complete.
/// </summary>
public sealed class ReportWriter
{
    /// <summary>Name of the Markdown report.</summary>
    public const string MarkdownFileName = "report.md";

    /// <summary>Name of the CSV file of the first table.</summary>
    public const string CsvFileName = "results.csv";

    /// <summary>Name of the JSON file.</summary>
    public const string JsonFileName = "results.json";

    /// <summary>Name of the HTML page.</summary>
    public const string HtmlFileName = "report.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer with <paramref name="options"/>, or <see cref="ReportWriterOptions.Default"/>.</summary>
    public ReportWriter(ReportWriterOptions? options = null) => Options = options ?? ReportWriterOptions.Default;

    /// <summary>The options in force.</summary>
    public ReportWriterOptions Options { get; }

    /// <summary>Renders the plots, exports the tables and moves the finished folder into place.</summary>
    /// <param name="directory">The report folder to create; its parent is created when missing.</param>
    /// <param name="title">Report heading.</param>
    /// <param name="environment">Where the runs were measured.</param>
    /// <param name="tables">At least one table; the first goes to results.csv.</param>
    /// <param name="plots">Plots to render; none when null.</param>
    /// <exception cref="ArgumentException">A blank title or folder, no tables, or plot file names that are not
    /// plain, distinct .png names.</exception>
    /// <exception cref="ReportException">The folder exists and <see cref="ReportWriterOptions.Overwrite"/> is off,
    /// a plot failed to render, or a file could not be written; nothing is left behind.</exception>
    public WrittenReport Write(
        string directory,
        string title,
        ReportEnvironment environment,
        IReadOnlyList<ReportTable> tables,
        IReadOnlyList<IPlotSpec>? plots = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(tables);
        plots ??= [];
        if (tables.Count == 0)
        {
            throw new ArgumentException("A report needs at least one table, but none were given.", nameof(tables));
        }

        var csvNames = CsvNames(tables);
        CheckPlotNames(plots, csvNames);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"'{directory}' is a root folder; give a folder inside one.", nameof(directory));
        if (Directory.Exists(target) && !Options.Overwrite)
        {
            throw new ReportException(
                $"The report folder '{target}' already exists; choose a new folder or allow overwriting.");
        }

        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var files = new List<string>();
            var images = plots.Select(plot => Render(plot, staging, files)).ToArray();
            var report = new Report(title, environment, tables) { Images = images };

            WriteText(staging, MarkdownFileName, Options.Markdown.Export(report), files);
            for (var i = 0; i < tables.Count; i++)
            {
                WriteText(staging, csvNames[i], Options.Csv.Export(tables[i]), files);
            }

            WriteText(staging, JsonFileName, Options.Json.Export(report), files);
            WriteText(staging, HtmlFileName, Options.Html.Export(report), files);
            Publish(staging, target, Options.Overwrite);
            return new WrittenReport(target, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"Writing the report to '{target}' failed: {e.Message}", e);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static ReportImage Render(IPlotSpec plot, string staging, List<string> files)
    {
        var path = Path.Combine(staging, plot.FileName);
        try
        {
            plot.Render(path);
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            // SkiaSharp reports a missing native library as a type-initialiser failure; the innermost
            // exception names the library.
            throw new ReportException(
                $"Rendering the plot '{plot.Title}' failed: {e.GetBaseException().Message} " +
                "On Linux, check that the SkiaSharp native assets and fonts-dejavu-core are installed.", e);
        }

        files.Add(plot.FileName);
        return new ReportImage(plot.Title, plot.FileName, File.ReadAllBytes(path));
    }

    private static void WriteText(string staging, string name, string text, List<string> files)
    {
        File.WriteAllText(Path.Combine(staging, name), text, Utf8);
        files.Add(name);
    }

    private static void Publish(string staging, string target, bool overwrite)
    {
        // Without overwriting, a folder that appeared since the first check makes the move fail, as it should.
        if (!overwrite || !Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        // Two renames, so that at every moment the target is either the old report or the new one.
        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        Directory.Delete(old, recursive: true);
    }

    private static string[] CsvNames(IReadOnlyList<ReportTable> tables)
    {
        var names = new List<string> { CsvFileName };
        for (var i = 1; i < tables.Count; i++)
        {
            var slug = Slug(tables[i].Title);
            var name = $"results-{slug}.csv";
            for (var n = 2; names.Contains(name, StringComparer.OrdinalIgnoreCase); n++)
            {
                name = $"results-{slug}-{n}.csv";
            }

            names.Add(name);
        }

        return [.. names];
    }

    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "table" : text;
    }

    private static void CheckPlotNames(IReadOnlyList<IPlotSpec> plots, IEnumerable<string> csvNames)
    {
        var taken = new HashSet<string>(csvNames, StringComparer.OrdinalIgnoreCase)
        {
            MarkdownFileName, JsonFileName, HtmlFileName,
        };

        foreach (var plot in plots)
        {
            ArgumentNullException.ThrowIfNull(plot, nameof(plots));
            var name = plot.FileName;
            if (string.IsNullOrWhiteSpace(name) || Path.GetFileName(name) != name || name.StartsWith('.') ||
                !name.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"Plot '{plot.Title}' has the file name '{name}'; expected a plain name ending in .png, " +
                    "without folders.", nameof(plots));
            }

            if (!taken.Add(name))
            {
                throw new ArgumentException(
                    $"Plot '{plot.Title}' would be written to '{name}', which another file of the report already " +
                    "uses; give each plot its own FileName.", nameof(plots));
            }
        }
    }
}
