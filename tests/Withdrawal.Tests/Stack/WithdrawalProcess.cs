using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Withdrawal.V1;
using Platform.Testing;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;

namespace Platform.Withdrawal.Tests.Stack;

/// <summary>
/// The withdrawal service as a real process (<c>dotnet Platform.Withdrawal.dll</c>, configured through its
/// environment the way the app host does it), so a test can kill it with SIGKILL mid-saga.
/// </summary>
public sealed class WithdrawalProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly GrpcChannel _channel;

    private WithdrawalProcess(ChildProcess process, string address)
    {
        _process = process;
        _channel = GrpcChannel.ForAddress(address);
        Client = new WithdrawalsClient(_channel);
    }

    public WithdrawalsClient Client { get; }

    public static async Task<WithdrawalProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dll = ServiceAssembly();
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value!);
        environment["Kestrel__Endpoints__grpc__Url"] = address;
        environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        environment["OTEL_SERVICE_NAME"] = "withdrawal";
        environment["Platform__ServiceName"] = "withdrawal";
        var process = ChildProcess.Start("dotnet", [dll], environment, Path.GetDirectoryName(dll), "withdrawal");
        var started = new WithdrawalProcess(process, address);
        try
        {
            await started.WaitUntilServingAsync();
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no draining, no lease released.</summary>
    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>Serving means answering a real call: NOT_FOUND for a withdrawal nobody has.</summary>
    private async Task WaitUntilServingAsync() =>
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited) throw new InvalidOperationException($"the withdrawal process exited: {_process.RecentOutput}");
            try
            {
                await Client.GetAsync(new GetWithdrawalRequest { UserId = "nobody", WithdrawalId = "wd_" + new string('0', 32) },
                    new Metadata(), DateTime.UtcNow.AddSeconds(2));
                return true;
            }
            catch (RpcException error) when (error.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal))
            {
                return true;
            }
        }, TimeSpan.FromSeconds(60), "the withdrawal process to serve gRPC", TimeSpan.FromMilliseconds(100));

    /// <summary>The service's build output next to this test's: same configuration (Debug or Release).</summary>
    private static string ServiceAssembly() => RepositoryLayout.ServiceAssembly("withdrawal", "Platform.Withdrawal");
}
