using Platform.Dashboard.Rendering;

namespace AppHost.Tests.Dashboard;

public sealed class SecretMaskerTests
{
    private const string Mask = SecretMasker.Mask;

    [Theory]
    [InlineData("ConnectionStrings__redis", "127.0.0.1:6379,password=s3cr3t", $"127.0.0.1:6379,password={Mask}")]
    [InlineData("ConnectionStrings__db", "Host=x;Username=u;Password=p@ss;Database=d", $"Host=x;Username=u;Password={Mask};Database=d")]
    [InlineData("DATABASE_URL", "postgres://user:hunter2@db:5432/app", $"postgres://user:{Mask}@db:5432/app")]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc123", $"x-otlp-api-key={Mask}")]
    [InlineData("Identity__PaymentPepper", "anything", Mask)]
    [InlineData("JWT_SIGNING_KEY", "anything", Mask)]
    [InlineData("GITHUB_TOKEN", "anything", Mask)]
    [InlineData("services__api__http__0", "http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=api-0", "service.instance.id=api-0")]
    [InlineData("Kestrel__Endpoints__grpc__Protocols", "Http2", "Http2")]
    public void Masks_secrets_and_keeps_the_rest(string name, string value, string shown) =>
        Assert.Equal(shown, SecretMasker.MaskValue(name, value));

    [Fact]
    public void Masks_the_argument_after_a_secret_option()
    {
        var shown = SecretMasker.MaskArguments(["--port", "6379", "--requirepass", "s3cr3t", "--token=abc", "--dir", "/data"]);
        Assert.Equal(["--port", "6379", "--requirepass", Mask, $"--token={Mask}", "--dir", "/data"], shown);
    }
}
