namespace Platform.Redis;

internal enum RedisArgKind : byte
{
    Text,
    Bytes,
    Integer,
    Double,
}
