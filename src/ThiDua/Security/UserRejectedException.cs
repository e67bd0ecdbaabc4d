namespace ThiDua.Security;

/// <summary>A security request that cannot be done (bad user name, unknown user, duplicate, an audit query out of range); the message is bilingual.</summary>
public sealed class UserRejectedException : Exception
{
    public UserRejectedException() { }
    public UserRejectedException(string message) : base(message) { }
    public UserRejectedException(string message, Exception inner) : base(message, inner) { }
}
