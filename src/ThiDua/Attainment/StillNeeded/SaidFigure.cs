namespace ThiDua.Attainment.StillNeeded;

/// <summary>
/// A figure as the "what is left" words say it: whole for counts and ranks, else 2 decimals — rounded up when it is a
/// level or amount to reach, down when it is one to stay under, so a unit that does exactly what it reads is not short
/// by a rounding (the level 4,5849 to reach reads "4,59", the allowance 23,75 vụ reads "23 vụ").
/// </summary>
public readonly record struct SaidFigure(bool Whole)
{
    private decimal Scale => Whole ? 1m : 100m;

    public decimal Up(decimal value) => decimal.Ceiling(value * Scale) / Scale;

    public decimal Down(decimal value) => decimal.Floor(value * Scale) / Scale;
}
