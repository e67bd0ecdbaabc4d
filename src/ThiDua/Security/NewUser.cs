namespace ThiDua.Security;

/// <summary>The result of adding a user: the account and its first API token, to be shown once.</summary>
public sealed record NewUser(UserAccount Account, string Token);
