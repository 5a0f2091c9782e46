using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Platform.Grpc.Server;

namespace Grpc.Reflection;

/// <summary>
/// What reflection can tell about the mapped services: their names, and every file descriptor
/// (with its dependencies) indexed by file name, symbol and extension. Built once, on first use.
/// </summary>
internal sealed class ReflectionIndex
{
    private readonly Dictionary<string, FileDescriptor> _filesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _filesBySymbol = new(StringComparer.Ordinal);
    private readonly List<FieldDescriptor> _extensions = [];

    public ReflectionIndex(IEnumerable<MappedGrpcService> services)
    {
        var names = new List<string>();
        foreach (var service in services)
        {
            names.Add(service.Name);
            if (FindDescriptor(service.BindType) is { } descriptor)
            {
                AddFile(descriptor.File);
            }
        }

        ServiceNames = names;
    }

    public IReadOnlyList<string> ServiceNames { get; }

    /// <summary>The file and all it depends on, serialized, the file first; null when unknown.</summary>
    public IReadOnlyList<ByteString>? FileByName(string fileName) =>
        _filesByName.TryGetValue(fileName, out var file) ? WithDependencies(file) : null;

    public IReadOnlyList<ByteString>? FileContainingSymbol(string symbol) =>
        _filesBySymbol.TryGetValue(symbol, out var file) ? WithDependencies(file) : null;

    public IReadOnlyList<ByteString>? FileContainingExtension(string containingType, int number) =>
        _extensions.FirstOrDefault(extension => extension.ExtendeeType?.FullName == containingType && extension.FieldNumber == number) is { } found
            ? WithDependencies(found.File)
            : null;

    /// <summary>The extension numbers of a message type; null when the type is unknown.</summary>
    public IReadOnlyList<int>? ExtensionNumbersOf(string messageType) =>
        _filesBySymbol.ContainsKey(messageType)
            ? _extensions.Where(extension => extension.ExtendeeType?.FullName == messageType).Select(extension => extension.FieldNumber).Order().ToArray()
            : null;

    private static ServiceDescriptor? FindDescriptor(Type bindType) =>
        bindType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor;

    private static List<ByteString> WithDependencies(FileDescriptor file)
    {
        var ordered = new List<FileDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<FileDescriptor>([file]);
        while (pending.TryDequeue(out var next))
        {
            if (!seen.Add(next.Name))
            {
                continue;
            }

            ordered.Add(next);
            foreach (var dependency in next.Dependencies)
            {
                pending.Enqueue(dependency);
            }
        }

        return ordered.Select(descriptor => descriptor.SerializedData).ToList();
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_filesByName.TryAdd(file.Name, file))
        {
            return;
        }

        foreach (var service in file.Services)
        {
            _filesBySymbol[service.FullName] = file;
            foreach (var method in service.Methods)
            {
                _filesBySymbol[method.FullName] = file;
            }
        }

        foreach (var message in file.MessageTypes)
        {
            AddMessage(file, message);
        }

        foreach (var enumType in file.EnumTypes)
        {
            _filesBySymbol[enumType.FullName] = file;
        }

        AddExtensions(file, file.Extensions.UnorderedExtensions);
        foreach (var dependency in file.Dependencies)
        {
            AddFile(dependency);
        }
    }

    private void AddMessage(FileDescriptor file, MessageDescriptor message)
    {
        _filesBySymbol[message.FullName] = file;
        foreach (var nested in message.NestedTypes)
        {
            AddMessage(file, nested);
        }

        foreach (var enumType in message.EnumTypes)
        {
            _filesBySymbol[enumType.FullName] = file;
        }

        AddExtensions(file, message.Extensions.UnorderedExtensions);
    }

    private void AddExtensions(FileDescriptor file, IEnumerable<FieldDescriptor> extensions)
    {
        foreach (var extension in extensions)
        {
            _extensions.Add(extension);
            _filesBySymbol[extension.FullName] = file;
        }
    }
}
