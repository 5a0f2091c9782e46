using System.Runtime.CompilerServices;

// The runtime builds entries read off the wire without copying or re-validating them.
[assembly: InternalsVisibleTo("Platform.Grpc")]
