using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>One goal measured: the figure, its baseline from the same run, their ratio, and whether the goal holds.</summary>
public sealed record GoalResult(string Id, string Measure, string Figure, string Baseline, double Ratio, string Goal, bool Pass, string Note = "")
{
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Id} | {Measure} | {Figure} | {Baseline} | {Ratio:0.00} | {Goal} | {(Pass ? "pass" : "fail")} | {Note} |");

    public const string Header = "| id | measure | figure | baseline (same run) | ratio | goal | result | note |\n|---|---|---|---|---|---|---|---|";
}
