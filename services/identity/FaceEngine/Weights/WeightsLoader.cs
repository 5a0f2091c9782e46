using System.Text.Json;

namespace Platform.Identity.FaceEngine.Weights;

/// <summary>
/// Reads TF.js weights: a manifest (a JSON array of groups, or a model.json whose "weightsManifest" holds it) and the
/// binary shards each group names, into float32 tensors.
/// </summary>
public static class WeightsLoader
{
    /// <summary>Loads a manifest file; its shards are read from the same directory and may not point outside it.</summary>
    public static WeightSet LoadFile(string manifestPath)
    {
        var directory = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".");
        string json;
        try
        {
            json = File.ReadAllText(manifestPath);
        }
        catch (IOException e)
        {
            throw new WeightsFormatException($"cannot read weights manifest {manifestPath}: {e.Message}", e);
        }

        return Load(json, shard =>
        {
            var path = Path.GetFullPath(Path.Combine(directory, shard));
            if (!path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new WeightsFormatException($"shard path '{shard}' leaves the manifest's directory");
            }

            try
            {
                return File.OpenRead(path);
            }
            catch (IOException e)
            {
                throw new WeightsFormatException($"cannot open shard '{shard}' next to {manifestPath}: {e.Message}", e);
            }
        });
    }

    /// <summary>Loads a manifest given as JSON text; <paramref name="openShard"/> opens a shard by the path the manifest names.</summary>
    public static WeightSet Load(string manifestJson, Func<string, Stream> openShard)
    {
        var tensors = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var group in ParseGroups(manifestJson))
        {
            var weights = group.Weights ?? throw new WeightsFormatException("a manifest group has no \"weights\"");
            var paths = group.Paths ?? throw new WeightsFormatException("a manifest group has no \"paths\"");
            var layouts = weights.Select(WeightLayout.From).ToArray();
            var expected = layouts.Sum(l => l.ByteCount);
            var bytes = ReadShards(paths, openShard, expected);
            var offset = 0L;
            foreach (var layout in layouts)
            {
                var tensor = layout.Decode(bytes.AsSpan((int)offset, (int)layout.ByteCount));
                if (!tensors.TryAdd(tensor.Name, tensor))
                {
                    throw new WeightsFormatException($"weight '{tensor.Name}' appears twice in the manifest");
                }

                offset += layout.ByteCount;
            }
        }

        return new WeightSet(tensors);
    }

    private static ManifestGroup[] ParseGroups(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                root = root.TryGetProperty("weightsManifest", out var manifest)
                    ? manifest
                    : throw new WeightsFormatException("model JSON has no \"weightsManifest\"");
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new WeightsFormatException("a weights manifest must be a JSON array of groups");
            }

            return root.Deserialize<ManifestGroup[]>() ?? [];
        }
        catch (JsonException e)
        {
            throw new WeightsFormatException($"weights manifest is not valid JSON: {e.Message}", e);
        }
    }

    private static byte[] ReadShards(string[] paths, Func<string, Stream> openShard, long expected)
    {
        if (expected > Array.MaxLength)
        {
            throw new WeightsFormatException($"a manifest group declares {expected} bytes of weights, more than can be loaded");
        }

        var bytes = new byte[expected];
        var filled = 0L;
        foreach (var path in paths)
        {
            using var shard = openShard(path);
            int read;
            while (filled < expected && (read = shard.Read(bytes, (int)filled, (int)(expected - filled))) > 0)
            {
                filled += read;
            }

            if (filled == expected && shard.ReadByte() >= 0)
            {
                throw new WeightsFormatException($"shards hold more bytes than the {expected} their weights declare (at '{path}')");
            }
        }

        if (filled < expected)
        {
            throw new WeightsFormatException($"shards [{string.Join(", ", paths)}] hold {filled} bytes, but their weights need {expected}");
        }

        return bytes;
    }
}
