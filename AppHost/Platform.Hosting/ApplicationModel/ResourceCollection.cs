using System.Collections.ObjectModel;

namespace Aspire.Hosting.ApplicationModel;

internal sealed class ResourceCollection : Collection<IResource>, IResourceCollection;
