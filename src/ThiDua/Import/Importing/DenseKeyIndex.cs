namespace ThiDua.Import.Importing;

/// <summary>
/// Numbers distinct 64-bit keys 0, 1, 2… in the order they are first added: an open-addressing table split in 256
/// parts that grow on their own. At a million keys it holds ≈ 21 MB (12 bytes a slot, half to three quarters full)
/// where a <see cref="Dictionary{TKey, TValue}"/> held ≈ 47 MB, and no resize ever copies more than 1/256 of it.
/// </summary>
internal sealed class DenseKeyIndex
{
    private const int PartBits = 8;
    private readonly Part[] _parts = new Part[1 << PartBits];

    public int Count { get; private set; }

    /// <summary>True when the key is new: it gets the next number. Otherwise false, with the number it got first.</summary>
    public bool TryAdd(long key, out int number)
    {
        var hash = Mix(key);
        var part = _parts[hash >>> (64 - PartBits)] ??= new Part();
        if (part.TryAdd(key, hash, Count, out number))
        {
            Count++;
            return true;
        }
        return false;
    }

    // A 64-bit finaliser (splitmix64): the keys are packed small numbers, whose low bits alone would cluster.
    private static ulong Mix(long key)
    {
        var z = (ulong)key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Part
    {
        private long[] _keys = new long[16];
        private int[] _numbers = new int[16]; // number + 1; 0 marks an empty slot
        private int _count;

        public bool TryAdd(long key, ulong hash, int next, out int number)
        {
            if ((_count + 1) * 4 > _keys.Length * 3) Grow();
            var mask = _keys.Length - 1;
            for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
            {
                if (_numbers[slot] == 0)
                {
                    _keys[slot] = key;
                    _numbers[slot] = next + 1;
                    _count++;
                    number = next;
                    return true;
                }
                if (_keys[slot] == key)
                {
                    number = _numbers[slot] - 1;
                    return false;
                }
            }
        }

        private void Grow()
        {
            var (keys, numbers) = (_keys, _numbers);
            _keys = new long[keys.Length * 2];
            _numbers = new int[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                if (numbers[i] == 0) continue;
                var slot = (int)Mix(keys[i]) & mask;
                while (_numbers[slot] != 0) slot = (slot + 1) & mask;
                _keys[slot] = keys[i];
                _numbers[slot] = numbers[i];
            }
        }
    }
}
