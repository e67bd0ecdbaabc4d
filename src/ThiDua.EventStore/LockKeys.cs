using System.Security.Cryptography;
using System.Text;

namespace ThiDua.EventStore;

/// <summary>Stable 64-bit advisory-lock keys from names (string.GetHashCode is randomised per process).</summary>
public static class LockKeys
{
    public static long For(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
