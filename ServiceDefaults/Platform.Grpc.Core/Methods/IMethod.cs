namespace Grpc.Core;

/// <summary>A method's identity without its message types.</summary>
public interface IMethod
{
    MethodType Type { get; }

    string ServiceName { get; }

    string Name { get; }

    /// <summary>The path used on the wire: <c>/package.Service/Method</c>.</summary>
    string FullName { get; }
}
