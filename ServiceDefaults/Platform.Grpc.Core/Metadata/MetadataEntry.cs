using System.Text;

namespace Grpc.Core;

public sealed partial class Metadata
{
    /// <summary>One metadata key with an ASCII or a binary value.</summary>
    public sealed class Entry
    {
        private readonly string? _value;
        private readonly byte[]? _valueBytes;

        public Entry(string key, string value)
        {
            Key = NormalizeKey(key);
            ArgumentNullException.ThrowIfNull(value);
            if (IsBinaryKey(Key))
            {
                throw new ArgumentException($"Key '{Key}' ends in '{BinaryHeaderSuffix}' so its value must be binary.", nameof(key));
            }

            if (!IsPrintableAscii(value))
            {
                throw new ArgumentException($"The value of '{Key}' must be printable ASCII; use a '{BinaryHeaderSuffix}' key for other data.", nameof(value));
            }

            _value = value;
        }

        public Entry(string key, byte[] valueBytes)
        {
            Key = NormalizeKey(key);
            ArgumentNullException.ThrowIfNull(valueBytes);
            if (!IsBinaryKey(Key))
            {
                throw new ArgumentException($"Key '{Key}' carries a binary value so it must end in '{BinaryHeaderSuffix}'.", nameof(key));
            }

            _valueBytes = (byte[])valueBytes.Clone();
        }

        private Entry(string key, string? value, byte[]? valueBytes)
        {
            Key = key;
            _value = value;
            _valueBytes = valueBytes;
        }

        public string Key { get; }

        public bool IsBinary => _valueBytes is not null;

        /// <summary>The ASCII value; throws for binary entries.</summary>
        public string Value => _value ?? throw new InvalidOperationException($"Entry '{Key}' is binary; read ValueBytes.");

        /// <summary>A copy of the value's bytes (ASCII bytes for ASCII entries).</summary>
        public byte[] ValueBytes => _valueBytes is not null ? (byte[])_valueBytes.Clone() : Encoding.ASCII.GetBytes(_value!);

        /// <summary>The binary value without a copy, for the runtime's own encoding.</summary>
        internal ReadOnlySpan<byte> ValueBytesSpan => _valueBytes;

        public override string ToString() => IsBinary
            ? $"[Entry: key={Key}, valueBytes={_valueBytes!.Length} bytes]"
            : $"[Entry: key={Key}, value={_value}]";

        /// <summary>An entry read off the wire: the key is already lower-case and the value is taken as is.</summary>
        internal static Entry FromWire(string key, string value) => new(key, value, null);

        /// <summary>A binary entry read off the wire; the array is owned by the entry from now on.</summary>
        internal static Entry FromWire(string key, byte[] valueBytes) => new(key, null, valueBytes);

        internal static bool IsBinaryKey(string key) => key.EndsWith(BinaryHeaderSuffix, StringComparison.Ordinal);

        internal static string NormalizeKey(string key)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            foreach (var c in key)
            {
                if (!IsValidKeyChar(c))
                {
                    throw new ArgumentException($"Metadata key '{key}' may only contain letters, digits, '-', '_' and '.'.", nameof(key));
                }
            }

            return IsLowerCase(key) ? key : key.ToLowerInvariant();
        }

        private static bool IsValidKeyChar(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';

        private static bool IsLowerCase(string key)
        {
            foreach (var c in key)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPrintableAscii(string value)
        {
            foreach (var c in value)
            {
                if (c is < ' ' or > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
