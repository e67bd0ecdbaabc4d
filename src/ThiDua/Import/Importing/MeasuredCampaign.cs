using ThiDua.Indicators;

namespace ThiDua.Import.Importing;

/// <summary>
/// What a measurements file is checked against in one campaign: its indicators, and which (unit, indicator) pairs have
/// a target — the keys only, as a row needs nothing else of its target (<see cref="ImportState.MeasuredAsync"/>).
/// </summary>
internal sealed record MeasuredCampaign(Dictionary<string, Indicator> Indicators, HashSet<(string Unit, string Indicator)> Targets);
