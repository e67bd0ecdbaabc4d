namespace ThiDua.Security;

/// <summary>A user-management request that cannot be done (bad name, unknown user, duplicate); the message is bilingual.</summary>
public sealed class UserRejectedException : Exception
{
    public UserRejectedException() { }
    public UserRejectedException(string message) : base(message) { }
    public UserRejectedException(string message, Exception inner) : base(message, inner) { }
}
