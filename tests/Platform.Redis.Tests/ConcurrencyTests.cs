namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class ConcurrencyTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Ten_thousand_concurrent_operations_share_one_connection_and_each_gets_its_own_reply()
    {
        var name = "conc" + Guid.NewGuid().ToString("N")[..8];
        await using var client = redis.CreateClient($",name={name}");
        await client.WaitForConnectionAsync();
        var prefix = RedisServerFixture.Key("conc");

        var writes = Enumerable.Range(0, 10_000).Select(i => client.SetAsync($"{prefix}:{i}", $"value-{i}").AsTask());
        Assert.All(await Task.WhenAll(writes), Assert.True);

        var reads = Enumerable.Range(0, 10_000).Select(async i => (i, value: await client.GetStringAsync($"{prefix}:{i}")));
        foreach (var (i, value) in await Task.WhenAll(reads))
        {
            Assert.Equal($"value-{i}", value);
        }

        var mixed = Enumerable.Range(0, 10_000).Select(async i =>
        {
            switch (i % 3)
            {
                case 0:
                    Assert.Equal($"value-{i}", await client.GetStringAsync($"{prefix}:{i}"));
                    break;
                case 1:
                    await client.HSetAsync($"{prefix}:h", $"f{i}", i);
                    break;
                default:
                    await client.IncrementAsync($"{prefix}:n");
                    break;
            }
        });
        await Task.WhenAll(mixed);
        Assert.Equal("3333", await client.GetStringAsync($"{prefix}:n"));

        var clients = (await client.ExecuteAsync("CLIENT", "LIST")).AsString()!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Count(line => line.Contains($"name={name} ", StringComparison.Ordinal));
        Assert.Equal(1, clients);
    }
}
