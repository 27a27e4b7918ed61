// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>One sequence: a folder's images in frame order.</summary>
/// <param name="Name">The folder name, which is also the COCO file-name prefix (<c>name/0000001.jpg</c>).</param>
/// <param name="Folder">The folder's full path.</param>
/// <param name="Files">The image files' full paths in numeric order.</param>
public sealed record ImageSequence(string Name, string Folder, IReadOnlyList<string> Files);
