using Microsoft.Extensions.Options;
using Platform.Grpc.Validation;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// Bounds the CPU the face engine may take: a few analyses at once, a short queue behind them, and a refusal
/// (RESOURCE_EXHAUSTED, nothing changed) beyond it, so a burst of uploads cannot starve identity's other calls.
/// </summary>
public sealed class AnalysisSlots
{
    private readonly SemaphoreSlim _running;
    private readonly int _capacity;
    private int _admitted;

    public AnalysisSlots(IOptions<IdentityOptions> options)
    {
        var face = options.Value.Face;
        _running = new SemaphoreSlim(face.MaxConcurrentAnalyses, face.MaxConcurrentAnalyses);
        _capacity = face.MaxConcurrentAnalyses + face.MaxQueuedAnalyses;
    }

    /// <summary>Waits for a slot; dispose the result to free it.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            throw RpcProblems.ResourceExhausted("the face engine is busy; try again in a few seconds");
        }
        try
        {
            await _running.WaitAsync(cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _admitted);
            throw;
        }
        return new Slot(this);
    }

    private void Release()
    {
        _running.Release();
        Interlocked.Decrement(ref _admitted);
    }

    private sealed class Slot(AnalysisSlots owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release();
        }
    }
}
