namespace ThiDua.Ratings;

/// <summary>Discipline ("kỷ luật"), ordered from none to most severe.</summary>
public enum Discipline
{
    None = 0,
    Reprimand = 1,
    Warning = 2,
    Dismissal = 3,
}
