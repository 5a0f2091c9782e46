using System.Reflection;
using Grpc.Core;

namespace Platform.Grpc.Server;

/// <summary>Finds the generated <c>BindService(ServiceBinderBase, TBase)</c> of a service type through <see cref="BindServiceMethodAttribute"/>.</summary>
internal static class ServiceBindingDiscovery
{
    public static (MethodInfo BindMethod, Type BindType) Find(Type serviceType)
    {
        var attribute = serviceType.GetCustomAttribute<BindServiceMethodAttribute>(inherit: true)
            ?? throw new InvalidOperationException(
                $"'{serviceType}' is not a gRPC service: it must derive from a generated service base class marked with [BindServiceMethod].");
        var bindMethod = attribute.BindType
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .FirstOrDefault(candidate => candidate.Name == attribute.BindMethodName && IsBinderOverload(candidate, serviceType))
            ?? throw new InvalidOperationException(
                $"'{attribute.BindType}' has no static '{attribute.BindMethodName}(ServiceBinderBase, ...)' method accepting '{serviceType}'.");
        return (bindMethod, attribute.BindType);
    }

    private static bool IsBinderOverload(MethodInfo method, Type serviceType)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 2 &&
            parameters[0].ParameterType == typeof(ServiceBinderBase) &&
            parameters[1].ParameterType.IsAssignableFrom(serviceType);
    }
}
