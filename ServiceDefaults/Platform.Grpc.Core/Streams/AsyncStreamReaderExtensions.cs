using System.Runtime.CompilerServices;

namespace Grpc.Core;

/// <summary>Consumes an <see cref="IAsyncStreamReader{T}"/> with <c>await foreach</c>.</summary>
public static class AsyncStreamReaderExtensions
{
    public static IAsyncEnumerable<T> ReadAllAsync<T>(this IAsyncStreamReader<T> streamReader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamReader);
        return ReadAll(streamReader, cancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadAll<T>(IAsyncStreamReader<T> streamReader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await streamReader.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            yield return streamReader.Current;
        }
    }
}
