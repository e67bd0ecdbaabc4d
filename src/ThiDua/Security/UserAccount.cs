namespace ThiDua.Security;

/// <summary>A user as <c>thidua users list</c> and the <c>/users</c> page show it; never the secrets.</summary>
public sealed record UserAccount(string Name, Role Role, bool HasPassword, int ActiveTokens, DateTimeOffset CreatedAt);
