namespace ThiDua.Security;

/// <summary>The words for roles on the command line, in the database and in claims: viewer, analyst, admin.</summary>
public static class RoleNames
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static string ToWord(Role role) => role switch
    {
        Role.Admin => Admin,
        Role.Analyst => Analyst,
        _ => Viewer,
    };

    public static bool TryParse(string? word, out Role role)
    {
        role = Role.Viewer;
        switch (word?.Trim().ToLowerInvariant())
        {
            case Viewer: return true;
            case Analyst: role = Role.Analyst; return true;
            case Admin: role = Role.Admin; return true;
            default: return false;
        }
    }

    public static Role Parse(string? word) => TryParse(word, out var role) ? role
        : throw new UserRejectedException($"Vai trò '{word}' không hợp lệ (viewer, analyst, admin) / unknown role '{word}' (viewer, analyst, admin).");
}
