namespace ThiDua.Units;

/// <summary>tập thể / cá nhân.</summary>
public enum UnitKind
{
    Collective,
    Individual,
}
