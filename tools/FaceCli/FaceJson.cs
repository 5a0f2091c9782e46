using System.Text.Json;
using Platform.Identity.FaceEngine.Pipeline;

namespace Platform.Tools.FaceCli;

/// <summary>One image's faces as a JSON array of {"box":[x,y,w,h],"score":s,"descriptor":[128 numbers]}.</summary>
public static class FaceJson
{
    public static string Write(IReadOnlyList<DescribedFace> faces)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var face in faces)
            {
                var box = face.Detection;
                json.WriteStartObject();
                json.WriteStartArray("box");
                json.WriteNumberValue(box.X);
                json.WriteNumberValue(box.Y);
                json.WriteNumberValue(box.Width);
                json.WriteNumberValue(box.Height);
                json.WriteEndArray();
                json.WriteNumber("score", box.Score);
                json.WriteStartArray("descriptor");
                foreach (var value in face.Descriptor.Values)
                {
                    json.WriteNumberValue(value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
