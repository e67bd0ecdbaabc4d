namespace ThiDua.Ratings;

/// <summary>Year-end assessment ("xếp loại"); a larger value is a better rating.</summary>
public enum Rating
{
    NotCompleted = 0,
    Completed = 1,
    Good = 2,
    Excellent = 3,
}
