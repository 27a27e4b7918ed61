// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting;

/// <summary>A labelled line of the environment block, e.g. ("Repeats", "3").</summary>
public readonly record struct EnvironmentEntry(string Name, string Value);
