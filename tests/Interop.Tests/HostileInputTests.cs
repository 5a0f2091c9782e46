using System.Text.Json;
using Interop.Tests.Fixtures;

namespace Interop.Tests;

/// <summary>
/// Raw HTTP/2 input that no well-behaved client sends. Each must get the status the gRPC protocol
/// (PROTOCOL-HTTP2) or HTTP/2 (RFC 9113) prescribes, and the server must keep answering afterwards.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class HostileInputTests(OurServerFixture ours)
{
    private const int Internal = 13;
    private const int ResourceExhausted = 8;
    private const int Unimplemented = 12;
    private const int DeadlineExceeded = 4;

    [Theory]
    [InlineData("truncated_message", Internal)]
    [InlineData("oversize_message", ResourceExhausted)]
    [InlineData("invalid_protobuf", Internal)]
    [InlineData("unknown_compression", Unimplemented)]
    [InlineData("compressed_flag_without_encoding", Internal)]
    [InlineData("two_messages_on_unary", Internal)]
    [InlineData("malformed_timeout", Internal)]
    [InlineData("expired_deadline", DeadlineExceeded)]
    [InlineData("unknown_path", Unimplemented)]
    public async Task BadCallEndsWithClearStatusAndServerKeepsServing(string probe, int expectedStatus)
    {
        var result = await ProbeAsync(probe);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(expectedStatus, result.GrpcStatus);
        Assert.False(string.IsNullOrWhiteSpace(result.GrpcMessage), "a failed call must say why in grpc-message");
        AssertStillServing(result);
    }

    [Fact]
    public async Task NonGrpcContentTypeIsRefusedWith415()
    {
        var result = await ProbeAsync("bad_content_type");
        Assert.Equal(415, result.HttpStatus);
        AssertStillServing(result);
    }

    [Fact]
    public async Task ClientResetInTheMiddleOfACallLeavesServerServing()
    {
        var result = await ProbeAsync("reset_mid_call");
        Assert.Equal(200, result.HttpStatus);
        AssertStillServing(result);
    }

    // RFC 9113 error codes: PROTOCOL_ERROR 0x1, FRAME_SIZE_ERROR 0x6, COMPRESSION_ERROR 0x9.
    [Theory]
    [InlineData("ping_of_wrong_size", 0x6)]
    [InlineData("data_on_stream_zero", 0x1)]
    [InlineData("undecodable_headers", 0x9)]
    [InlineData("garbage_preface", 0x1)]
    public async Task BrokenConnectionIsClosedWithGoAwayAndServerKeepsServing(string probe, int expectedErrorCode)
    {
        var result = await ProbeAsync(probe);
        Assert.Equal(expectedErrorCode, result.GoAwayCode);
        AssertStillServing(result);
    }

    private async Task<ProbeResult> ProbeAsync(string probe)
    {
        var (exitCode, output) = await ProcessRun.RunAsync(NodeTooling.Node, [NodeTooling.Script("probe.js"), "--port", ours.Server.Port.ToString(), "--probe", probe]);
        Assert.True(exitCode == 0, $"probe.js failed to run:{Environment.NewLine}{output}");
        var result = JsonSerializer.Deserialize<ProbeResult>(output, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"probe.js printed nothing usable: {output}");
        Assert.False(result.TimedOut, $"the server did not answer {probe} in time: {output}");
        return result;
    }

    private void AssertStillServing(ProbeResult result)
    {
        Assert.True(result.StillServing, $"the server stopped answering after {result.Probe}: {result}");
        Assert.True(ours.Server.IsRunning, $"the server process exited after {result.Probe}:{Environment.NewLine}{ours.Server.RecentOutput}");
    }
}
