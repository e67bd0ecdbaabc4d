namespace ThiDua.Hosting;

/// <summary><c>--database</c> or <c>THIDUA_DATABASE</c> is not a connection string: a usage error, with the bilingual reason.</summary>
public sealed class DatabaseSettingException : Exception
{
    public DatabaseSettingException() { }
    public DatabaseSettingException(string message) : base(message) { }
    public DatabaseSettingException(string message, Exception inner) : base(message, inner) { }
}
