using Microsoft.Extensions.Options;
using Platform.Grpc.Validation;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// The face engine's networks, loaded once from <see cref="FaceOptions.ModelDirectory"/> (at start-up by
/// <see cref="FaceEngineWarmup"/>, or by the first request). When the weights are missing, image requests answer
/// UNAVAILABLE with what to install, and everything else in identity keeps working.
/// </summary>
public sealed class FaceModels(IOptions<IdentityOptions> options, IHostEnvironment environment, ILogger<FaceModels> logger)
{
    private readonly Lock _lock = new();
    private FacePipeline? _pipeline;
    private string? _problem;

    public string Directory => Path.GetFullPath(options.Value.Face.ModelDirectory, environment.ContentRootPath);

    /// <summary>Why the models could not be loaded, or null when they are loaded (or not tried yet).</summary>
    public string? Problem => _problem;

    public bool IsLoaded => Volatile.Read(ref _pipeline) is not null;

    public FacePipeline Pipeline => TryLoad() ?? throw RpcProblems.Unavailable("face images cannot be checked: the face engine's models are not installed");

    public FacePipeline? TryLoad()
    {
        if (Volatile.Read(ref _pipeline) is { } loaded) return loaded;
        lock (_lock)
        {
            if (_pipeline is not null) return _pipeline;
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                _pipeline = FacePipeline.LoadDirectory(Directory);
                _problem = null;
                logger.LogInformation("Face models loaded from {Directory} in {Elapsed} ms", Directory, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return _pipeline;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FaceEngine.Weights.WeightsFormatException)
            {
                var problem = $"the face models could not be loaded from {Directory}: {ex.Message} (run npm ci in services/identity/FaceModels)";
                if (problem != _problem) logger.LogWarning("Face images are refused: {Problem}", problem);
                _problem = problem;
                return null;
            }
        }
    }
}
