namespace Platform.Redis.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Parses_the_aspire_format()
    {
        var options = RedisConnectionString.Parse("10.0.0.5:6380,password=s3cret,defaultDatabase=2,connectTimeout=1500,syncTimeout=700,name=credit,protocol=resp3,abortConnect=false");

        Assert.Equal(new RedisEndpoint("10.0.0.5", 6380), options.Endpoint);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal(2, options.Database);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(700), options.CommandTimeout);
        Assert.Equal("credit", options.ClientName);
        Assert.Equal(RedisProtocol.Resp3, options.Protocol);
    }

    [Fact]
    public void Defaults_the_port_and_reads_ipv6()
    {
        Assert.Equal(new RedisEndpoint("cache", 6379), RedisConnectionString.Parse("cache").Endpoint);
        Assert.Equal(new RedisEndpoint("::1", 7000), RedisConnectionString.Parse("[::1]:7000").Endpoint);
    }

    [Fact]
    public void Async_timeout_wins_over_sync_timeout()
    {
        var options = RedisConnectionString.Parse("localhost:6379,syncTimeout=100,asyncTimeout=900");
        Assert.Equal(TimeSpan.FromMilliseconds(900), options.CommandTimeout);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a:1,b:2", "one Redis endpoint")]
    [InlineData("localhost:6379,ssl=true", "TLS")]
    [InlineData("localhost:6379,bogus=1", "Unknown option 'bogus'")]
    [InlineData("localhost:notaport", "Invalid Redis endpoint")]
    [InlineData("localhost:6379,defaultDatabase=x", "must be an integer")]
    [InlineData("localhost:6379,syncTimeout=0", "positive")]
    [InlineData("password=only", "no endpoint")]
    public void Rejects_bad_strings_with_a_clear_message(string connectionString, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => RedisConnectionString.Parse(connectionString));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_echoes_the_password_in_errors()
    {
        var error = Assert.Throws<ArgumentException>(() => RedisConnectionString.Parse("localhost:6379,password=hunter2,nope=1"));
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
