namespace ThiDua.Security;

/// <summary>Who a request is: the user, their role, and the session stamp a browser cookie must still match.</summary>
public sealed record Principal(string Name, Role Role, string SessionStamp);
