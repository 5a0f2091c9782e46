namespace Platform.Hosting;

/// <summary>Thrown out of Build() under the testing builder, to leave the app host's Main once its model is captured.</summary>
internal sealed class BuildInterceptedException() : Exception("The application model was captured by a test.");
