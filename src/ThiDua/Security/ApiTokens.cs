using System.Security.Cryptography;
using System.Text;

namespace ThiDua.Security;

/// <summary>
/// API tokens: 32 random bytes, base64url, with a <c>tdk_</c> prefix so a leaked one is recognisable in a scan.
/// Only the SHA-256 is stored; a token has full entropy, so a plain fast hash is enough (no salt, no stretching)
/// and lets the server find it by an indexed lookup.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "tdk_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
