using System.Collections.Concurrent;
using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class ConcurrencyTests(CreditServiceFixture credit)
{
    private const int Workers = 16;
    private const int OperationsPerWorker = 25;

    [Fact]
    public async Task Concurrent_reserves_posts_and_voids_on_one_user_never_overdraw_and_always_add_up()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 3_000_000, cashLimitFen: 2_500_000);
        var refusals = new ConcurrentBag<string>();
        var observed = new ConcurrentBag<CreditLine>();
        using var stop = new CancellationTokenSource();
        var watcher = WatchAsync(user, observed, stop.Token);

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = 0; i < OperationsPerWorker; i++)
            {
                var operation = $"w-{worker}-{i}";
                try
                {
                    await credit.ReserveAsync(user, operation, random.Next(1, 3_000) * 100L, VerificationStrength.FaceAndSms);
                }
                catch (RpcException error) when (error.StatusCode == StatusCode.FailedPrecondition)
                {
                    refusals.Add(error.Trailers.GetValue("credit-reason")!);
                    continue;
                }
                switch (random.Next(3))
                {
                    case 0: await credit.PostAsync(user, operation); break;
                    case 1: await credit.VoidAsync(user, operation); break;
                }
            }
        })));
        await stop.CancelAsync();
        await watcher;

        var line = await credit.GetLineAsync(user);
        var holds = await Task.WhenAll(Enumerable.Range(0, Workers * OperationsPerWorker).Select(async n =>
        {
            var operation = $"w-{n / OperationsPerWorker}-{n % OperationsPerWorker}";
            try
            {
                return await credit.Client.GetHoldAsync(new GetHoldRequest { UserId = user, OperationId = operation }, credit.Callers.User(user), Deadline);
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }));

        Assert.NotEmpty(refusals);
        Assert.All(refusals, reason => Assert.Contains(reason, new[] { "insufficient_credit", "daily_limit_exceeded" }));
        Assert.NotEmpty(observed);
        Assert.All(observed.Append(line), seen =>
        {
            Assert.True(seen.AvailableFen >= 0 && seen.CashAvailableFen >= 0, "available credit went negative");
            Assert.True(seen.UsedFen + seen.HeldFen <= seen.CashLimitFen, "the cash sub-limit was overdrawn");
            Assert.Equal(seen.LimitFen, seen.AvailableFen + seen.UsedFen + seen.HeldFen);
        });
        Assert.Equal(holds.Where(h => h?.State == HoldState.Pending).Sum(h => h!.AmountFen), line.HeldFen);
        Assert.Equal(holds.Where(h => h?.State == HoldState.Posted).Sum(h => h!.AmountFen), line.UsedFen);
        Assert.Equal(holds.Where(h => h?.State is HoldState.Pending or HoldState.Posted).Sum(h => h!.AmountFen), line.WithdrawnTodayFen);
        new LedgerBalances(await credit.ReadLedgerAsync(user)).AssertMatches(line);
    }

    [Fact]
    public async Task The_same_operation_reserved_concurrently_makes_exactly_one_hold()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);

        var holds = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => credit.ReserveAsync(user, "w-1", 12_345))));

        Assert.Single(holds.Select(hold => hold.CreatedAt).Distinct());
        Assert.Equal(12_345, (await credit.GetLineAsync(user)).HeldFen);
        Assert.Equal(2, (await credit.ReadLedgerAsync(user)).Count);
    }

    private async Task WatchAsync(string user, ConcurrentBag<CreditLine> observed, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            observed.Add(await credit.GetLineAsync(user));
            await Task.Yield();
        }
    }
}
