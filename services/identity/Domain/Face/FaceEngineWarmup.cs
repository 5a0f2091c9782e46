namespace Platform.Identity.Domain.Face;

/// <summary>Loads the face models in the background at start-up, so the first face request does not pay for it.</summary>
public sealed class FaceEngineWarmup(FaceModels models) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(models.TryLoad, stoppingToken);
}
