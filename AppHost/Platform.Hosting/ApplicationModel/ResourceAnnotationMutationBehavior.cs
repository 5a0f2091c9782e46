namespace Aspire.Hosting.ApplicationModel;

public enum ResourceAnnotationMutationBehavior
{
    Append,
    Replace,
}
