using System.Diagnostics.CodeAnalysis;

namespace Grpc.Core;

/// <summary>
/// Put by generated code on a service base class: names the static <c>BindService(ServiceBinderBase, TBase)</c>
/// method that registers the service's methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public class BindServiceMethodAttribute : Attribute
{
    private const DynamicallyAccessedMemberTypes BindMembers = DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicProperties;

    public BindServiceMethodAttribute([DynamicallyAccessedMembers(BindMembers)] Type bindType, string bindMethodName)
    {
        BindType = bindType;
        BindMethodName = bindMethodName;
    }

    [DynamicallyAccessedMembers(BindMembers)]
    public Type BindType { get; }

    public string BindMethodName { get; }
}
