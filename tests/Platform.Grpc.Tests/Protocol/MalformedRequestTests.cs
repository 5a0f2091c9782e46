using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Protocol;

/// <summary>Hand-made bad requests get a clear status, and the server keeps serving afterwards.</summary>
[Collection(GrpcCollection.Name)]
public sealed class MalformedRequestTests(GrpcServerFixture fixture)
{
    private const string EchoPath = "/platform.testing.TestService/Echo";
    private static readonly string Internal = ((int)StatusCode.Internal).ToString();

    public static TheoryData<string, byte[]> MalformedBodies => new()
    {
        { "truncated length prefix", [0, 0, 0] },
        { "length prefix longer than the body", RawGrpc.Frame(new byte[10], declaredLength: 100) },
        { "compressed flag without grpc-encoding", RawGrpc.Frame(new EchoRequest { Text = "x" }, compressedFlag: true) },
        { "compressed flag that is neither 0 nor 1", RawGrpc.Frame(new byte[3], flag: 7) },
        { "payload that is not protobuf", RawGrpc.Frame([0xFF, 0xFF, 0xFF, 0xFF]) },
        { "two messages on a unary call", [.. RawGrpc.Frame(new EchoRequest()), .. RawGrpc.Frame(new EchoRequest())] },
        { "empty body on a unary call", [] },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_frames_get_INTERNAL_and_the_server_keeps_serving(string problem, byte[] body)
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, body));

        Assert.True(response.GrpcStatus == Internal, $"{problem}: got grpc-status {response.GrpcStatus} ({response.GrpcMessage})");
        Assert.False(string.IsNullOrEmpty(response.GrpcMessage));
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("10")]
    [InlineData("123456789S")]
    [InlineData("10X")]
    [InlineData("-5S")]
    public async Task Malformed_grpc_timeout_gets_INTERNAL(string timeout)
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, RawGrpc.Frame(new EchoRequest()), headers: ("grpc-timeout", timeout)));

        Assert.Equal(Internal, response.GrpcStatus);
        Assert.Contains("grpc-timeout", response.GrpcMessage);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Unsupported_grpc_encoding_gets_UNIMPLEMENTED_listing_what_is_supported()
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, RawGrpc.Frame(new EchoRequest()), headers: ("grpc-encoding", "snappy")));

        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), response.GrpcStatus);
        Assert.Contains("gzip", response.GrpcMessage);
    }

    [Fact]
    public async Task Wrong_content_type_gets_HTTP_415()
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, RawGrpc.Frame(new EchoRequest()), contentType: "application/json"));

        Assert.Equal(415, response.HttpStatus);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Grpc_over_HTTP_1_gets_HTTP_426()
    {
        await using var host = await GrpcTestHost.StartAsync(protocols: HttpProtocols.Http1);
        using var client = new HttpClient();
        using var request = RawGrpc.Request(new Uri(host.Address, EchoPath).ToString(), RawGrpc.Frame(new EchoRequest()));
        request.Version = System.Net.HttpVersion.Version11;

        using var response = await client.SendAsync(request);

        Assert.Equal(426, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("/platform.testing.NoSuchService/Echo", "Service is unimplemented.")]
    [InlineData("/platform.testing.TestService/NoSuchMethod", "Method is unimplemented.")]
    public async Task Unknown_service_or_method_gets_UNIMPLEMENTED(string path, string detail)
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(path, RawGrpc.Frame(new EchoRequest())));

        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), response.GrpcStatus);
        Assert.Equal(detail, response.GrpcMessage);
    }

    [Fact]
    public async Task Unknown_path_with_another_content_type_is_left_to_the_app()
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request("/platform.testing.NoSuchService/Echo", [], contentType: "application/json"));

        Assert.Equal(404, response.HttpStatus);
        Assert.Null(response.GrpcStatus);
    }

    [Fact]
    public async Task Gzip_compressed_request_message_is_accepted()
    {
        using var client = fixture.Host.CreateRawClient();
        var payload = RawGrpc.Gzip(new EchoRequest { Text = "zipped" }.ToByteArray());

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, RawGrpc.Frame(payload, flag: 1), headers: ("grpc-encoding", "gzip")));

        Assert.Equal("0", response.GrpcStatus);
        var reply = EchoReply.Parser.ParseFrom(response.Body.AsSpan(5));
        Assert.Equal("zipped", reply.Text);
    }

    [Fact]
    public async Task Corrupt_gzip_payload_gets_INTERNAL()
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(EchoPath, RawGrpc.Frame([1, 2, 3, 4, 5], flag: 1), headers: ("grpc-encoding", "gzip")));

        Assert.Equal(Internal, response.GrpcStatus);
        await AssertStillServingAsync();
    }

    private async Task AssertStillServingAsync()
    {
        var reply = await fixture.Client.EchoAsync(new EchoRequest { Text = "still here" });
        Assert.Equal("still here", reply.Text);
    }
}
