// Copyright (c) VateSharp developers. Licensed under the MIT licence.

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

    internal Task<int> RunAsync(VerbOptions options, CliContext context, CancellationToken ct) =>
        _handlers[options.GetType()](options, context, ct);
}
