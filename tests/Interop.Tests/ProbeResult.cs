namespace Interop.Tests;

/// <summary>What tests/interop-node/probe.js saw the server do with one piece of hostile input.</summary>
public sealed record ProbeResult(
    string Probe,
    int? HttpStatus,
    int? GrpcStatus,
    string? GrpcMessage,
    int? GoAwayCode,
    bool Closed,
    bool TimedOut,
    string? Error,
    bool StillServing);
