using Grpc.Core;
using Platform.Credit.Tests.Infrastructure;
using Platform.Redis;
using Platform.Testing;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class OutageTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task Without_redis_calls_are_unavailable_and_the_service_recovers_when_it_returns()
    {
        await credit.RedisClient.ExecuteAsync("CONFIG", "SET", "appendfsync", "always");
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 10_000);

        await credit.Redis.KillAsync();
        try
        {
            var error = await FailsWith(StatusCode.Unavailable, () => credit.ReserveAsync(user, "w-2", 10_000));
            Assert.Equal("the credit store is unavailable; try again", error.Status.Detail);
        }
        finally
        {
            await credit.Redis.RestartAsync();
        }

        await Poll.UntilAsync(async () => (await credit.GetLineAsync(user)).HeldFen == 10_000,
            TimeSpan.FromSeconds(60), "the credit service to reach redis again");
        var hold = await credit.ReserveAsync(user, "w-2", 10_000);
        Assert.Equal(20_000, hold.Line.HeldFen);
    }
}
