namespace ThiDua.Registrations;

/// <summary>
/// A unit's đăng ký thi đua (registrations.csv, v2): for the campaign itself (<paramref name="Form"/> null) or for an
/// award form (đăng ký danh hiệu, hình thức khen thưởng), on <paramref name="Date"/>.
/// </summary>
public sealed record Registration(string Campaign, string Unit, string? Form, DateOnly Date, string? Note);
