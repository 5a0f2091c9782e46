using System.Reflection;
using Platform.Hosting;

namespace Aspire.Hosting.Testing;

public static class DistributedApplicationTestingBuilder
{
    /// <summary>
    /// Runs the app host whose assembly contains <typeparamref name="TEntryPoint"/> (its Program) up to Build(), with
    /// test settings applied before it declares anything, and returns its builder: the real application model,
    /// ready for <see cref="IDistributedApplicationTestingBuilder.BuildAsync"/>.
    /// </summary>
    public static async Task<IDistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(string[]? args = null,
        CancellationToken cancellationToken = default) where TEntryPoint : class
    {
        var entryPoint = typeof(TEntryPoint).Assembly.EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TEntryPoint).Assembly.GetName().Name} has no entry point; pass a type from an app host project.");
        var interception = new BuilderInterception { OnCreated = TestSettings.Apply, AppHostAssembly = entryPoint.DeclaringType!.Assembly };
        await Task.Run(async () =>
        {
            using var scope = BuilderInterception.Begin(interception);
            try
            {
                var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [args ?? []]);
                if (result is Task task)
                {
                    await task.ConfigureAwait(false);
                }
            }
            catch (Exception e) when (Unwrap(e) is BuildInterceptedException)
            {
                // Main reached Build(): the model is captured.
            }
        }, cancellationToken).ConfigureAwait(false);

        var builder = interception.CapturedBuilder
            ?? throw new InvalidOperationException($"{typeof(TEntryPoint).Assembly.GetName().Name}'s Main returned without calling Build().");
        return new TestingBuilder(builder);
    }

    /// <summary>An empty app model for a test to declare; relative paths resolve against <paramref name="projectDirectory"/>.</summary>
    public static IDistributedApplicationTestingBuilder Create(string projectDirectory, params string[] args)
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions { Args = args, ProjectDirectory = projectDirectory });
        TestSettings.Apply(builder);
        return new TestingBuilder(builder);
    }

    private static Exception Unwrap(Exception e) => e is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : e;
}
