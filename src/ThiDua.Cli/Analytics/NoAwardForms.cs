namespace ThiDua.Cli.Analytics;

/// <summary>
/// Said on stderr by <c>thidua awards</c> for a campaign without award forms: its table (or CSV, JSON) is empty, and an
/// empty table alone read as "nobody qualifies" or as a fault. Stdout is left as it is for scripts.
/// </summary>
public static class NoAwardForms
{
    public static string Note(string campaign) =>
        $"Phong trào {campaign} chưa có hình thức khen thưởng nào nên không có ứng viên: nhập award_forms.csv "
        + $"(thidua import award_forms TỆP) / campaign {campaign} has no award forms, so there are no candidates: "
        + "import award_forms.csv (thidua import award_forms FILE).";
}
