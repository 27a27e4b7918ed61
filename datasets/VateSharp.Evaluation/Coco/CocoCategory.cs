// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>One entry of a COCO file's <c>categories</c> array.</summary>
/// <param name="Id">The category id annotations refer to.</param>
/// <param name="Name">The category name, for example <c>person</c>.</param>
/// <param name="Supercategory">The supercategory (empty when the file gives none).</param>
public sealed record CocoCategory(long Id, string Name, string Supercategory = "");
