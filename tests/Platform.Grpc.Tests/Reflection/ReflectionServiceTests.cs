using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Reflection.V1Alpha;
using Platform.Grpc.Tests.Infrastructure;

namespace Platform.Grpc.Tests.Reflection;

[Collection(GrpcCollection.Name)]
public sealed class ReflectionServiceTests(GrpcServerFixture fixture)
{
    private async Task<ServerReflectionResponse> AskAsync(ServerReflectionRequest request)
    {
        using var call = new ServerReflection.ServerReflectionClient(fixture.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var response = call.ResponseStream.Current;
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        return response;
    }

    [Fact]
    public async Task Lists_every_mapped_service()
    {
        var response = await AskAsync(new ServerReflectionRequest { ListServices = "" });

        var names = response.ListServicesResponse.Service.Select(service => service.Name).ToList();
        Assert.Contains("platform.testing.TestService", names);
        Assert.Contains("grpc.health.v1.Health", names);
        Assert.Contains("grpc.reflection.v1alpha.ServerReflection", names);
        Assert.Contains("grpc.reflection.v1.ServerReflection", names);
    }

    [Theory]
    [InlineData("platform.testing.TestService")]
    [InlineData("platform.testing.TestService.Echo")]
    [InlineData("platform.testing.EchoRequest")]
    public async Task Returns_the_file_defining_a_symbol(string symbol)
    {
        var response = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = symbol });

        var file = FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("platform/testing/test_service.proto", file.Name);
        Assert.Equal("platform.testing", file.Package);
        Assert.Contains(file.Service, service => service.Name == "TestService" && service.Method.Any(method => method.Name == "Chat" && method.ClientStreaming && method.ServerStreaming));
    }

    [Fact]
    public async Task Returns_a_file_by_name()
    {
        var response = await AskAsync(new ServerReflectionRequest { FileByFilename = "grpc/health/v1/health.proto" });

        var file = FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("grpc.health.v1", file.Package);
    }

    [Fact]
    public async Task Unknown_symbol_is_an_error_response_and_the_stream_goes_on()
    {
        using var call = new ServerReflection.ServerReflectionClient(fixture.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "no.such.Symbol" });
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal((int)StatusCode.NotFound, call.ResponseStream.Current.ErrorResponse.ErrorCode);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.NotEmpty(call.ResponseStream.Current.ListServicesResponse.Service);
    }

    [Fact]
    public async Task Version_1_answers_too()
    {
        using var call = new global::Grpc.Reflection.V1.ServerReflection.ServerReflectionClient(fixture.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1.ServerReflectionRequest { FileContainingSymbol = "platform.testing.TestService" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var file = FileDescriptorProto.Parser.ParseFrom(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("platform/testing/test_service.proto", file.Name);
    }
}
