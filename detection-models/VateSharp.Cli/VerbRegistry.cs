// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Reflection;
using CommandLine;

namespace VateSharp.Cli;

/// <summary>The verbs of one program: each an options type (with CommandLineParser's [Verb]) and its handler.</summary>
public sealed class VerbRegistry
{
    private readonly Dictionary<Type, Func<VerbOptions, CliContext, CancellationToken, Task<int>>> _handlers = [];
    private readonly List<Type> _types = [];

    /// <summary>Gets the registered options types, in registration order.</summary>
    public IReadOnlyList<Type> Types => _types;

    /// <summary>Registers a verb. One line per verb in a program's Main.</summary>
    /// <typeparam name="TOptions">The options class, marked with <c>[Verb]</c>.</typeparam>
    /// <param name="handler">Runs the verb and returns the exit code.</param>
    public VerbRegistry Add<TOptions>(Func<TOptions, CliContext, CancellationToken, Task<int>> handler)
        where TOptions : VerbOptions
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_handlers.ContainsKey(typeof(TOptions)))
        {
            throw new ArgumentException($"The verb options {typeof(TOptions).Name} are registered twice; register each verb once.", nameof(handler));
        }

        _handlers[typeof(TOptions)] = (options, context, ct) => handler((TOptions)options, context, ct);
        _types.Add(typeof(TOptions));
        return this;
    }

    /// <summary>Gets the name of the verb marked <c>isDefault</c>, the one that runs when no verb is typed, or null.</summary>
    internal string? DefaultVerb => _types.Select(Verb).FirstOrDefault(v => v.IsDefault)?.Name;

    /// <summary>Gets the names of the verbs that are not the default one, in registration order.</summary>
    internal IEnumerable<string> OtherVerbs => _types.Select(Verb).Where(v => !v.IsDefault).Select(v => v.Name);

    internal Task<int> RunAsync(VerbOptions options, CliContext context, CancellationToken ct) =>
        _handlers[options.GetType()](options, context, ct);

    private static VerbAttribute Verb(Type options) =>
        options.GetCustomAttribute<VerbAttribute>()
        ?? throw new InvalidOperationException($"The verb options {options.Name} have no [Verb] attribute; add one naming the verb.");
}
