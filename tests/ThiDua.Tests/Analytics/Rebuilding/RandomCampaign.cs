using System.Globalization;
using System.Text;

namespace ThiDua.Tests.Analytics.Rebuilding;

/// <summary>
/// Generates a random but valid campaign as CSV texts (en culture): units in clusters, indicators of every
/// direction and aggregation, targets, several batches of measurements with corrections, ratings and forms.
/// <paramref name="collectiveCount"/>: how many collective units (default 3–6); a big number makes a campaign whose months
/// are stored in several parts.
/// </summary>
public sealed class RandomCampaign(int seed, int? collectiveCount = null)
{
    private static readonly string[] Directions = ["at_least", "at_most", "reduce_by", "increase_by", "rank_up", "task"];
    private static readonly string[] Aggregations = ["sum", "latest", "average", "max", "min"];
    private readonly Random _random = new(seed);

    public string Code => $"R{seed}";

    public string Units { get; private set; } = "";
    public string Campaigns { get; private set; } = "";
    public string Indicators { get; private set; } = "";
    public string Targets { get; private set; } = "";
    public List<string> MeasurementBatches { get; } = [];
    public string Ratings { get; private set; } = "";
    public string AwardForms { get; private set; } = "";

    public RandomCampaign Generate()
    {
        var units = new StringBuilder("code,name,kind,parent,cluster\n");
        var count = _random.Next(3, 7);
        var collectives = Enumerable.Range(1, collectiveCount ?? count).Select(i => $"{Code}-C{i}").ToList();
        var individuals = new List<string>();
        foreach (var c in collectives)
        {
            var cluster = _random.Next(3) == 0 ? "" : $"{Code}-K{_random.Next(2)}";
            units.Append(CultureInfo.InvariantCulture, $"{c},Đơn vị {c},collective,,{cluster}\n");
            for (var j = 1; j <= _random.Next(1, 4); j++)
            {
                var person = $"{c}-P{j}";
                individuals.Add(person);
                units.Append(CultureInfo.InvariantCulture, $"{person},Cán bộ {person},individual,{c},{cluster}\n");
            }
        }
        Units = units.ToString();
        Campaigns = $"code,name,kind,start,end,score_cap\n{Code},Phong trào {Code},annual,2024-01-01,2024-12-31,{(_random.Next(2) == 0 ? "1.2" : "1.5")}\n";
        var indicators = new StringBuilder("campaign,code,name,uom,direction,aggregation,weight\n");
        var defs = Enumerable.Range(1, _random.Next(3, 7)).Select(i => (Code: $"I{i}", Direction: Directions[_random.Next(Directions.Length)],
            Aggregation: Aggregations[_random.Next(Aggregations.Length)], Weight: _random.Next(1, 4))).ToList();
        foreach (var d in defs) indicators.Append(CultureInfo.InvariantCulture, $"{Code},{d.Code},Chỉ tiêu {d.Code},%,{d.Direction},{d.Aggregation},{d.Weight}\n");
        Indicators = indicators.ToString();
        var targets = new StringBuilder("campaign,indicator,unit,target,target_max,baseline,deadline\n");
        var assigned = new List<(string Unit, string Indicator, string Direction)>();
        foreach (var unit in collectives.Concat(individuals))
            foreach (var d in defs.Where(_ => _random.Next(3) > 0))
            {
                var (target, baseline) = d.Direction switch
                {
                    "at_most" => (_random.Next(0, 20), ""),
                    "reduce_by" or "increase_by" => (_random.Next(1, 10), _random.Next(50, 150).ToString(CultureInfo.InvariantCulture)),
                    "rank_up" => (_random.Next(1, 4), _random.Next(5, 30).ToString(CultureInfo.InvariantCulture)),
                    "task" => (1, ""),
                    _ => (_random.Next(1, 200), ""),
                };
                var deadline = d.Direction == "task" && _random.Next(2) == 0 ? $"2024-{_random.Next(1, 13):D2}" : "";
                targets.Append(CultureInfo.InvariantCulture, $"{Code},{d.Code},{unit},{target},,{baseline},{deadline}\n");
                assigned.Add((unit, d.Code, d.Direction));
            }
        Targets = targets.ToString();
        for (var batch = 0; batch < 3; batch++)
        {
            var rows = new StringBuilder("campaign,unit,indicator,period,value\n");
            foreach (var (unit, indicator, direction) in assigned)
                for (var month = 1; month <= 12; month++)
                    if (_random.Next(4) == 0)
                        rows.Append(CultureInfo.InvariantCulture, $"{Code},{unit},{indicator},2024-{month:D2},{Value(direction)}\n");
            MeasurementBatches.Add(rows.ToString());
        }
        var ratings = new StringBuilder("campaign,unit,rating,discipline,initiative\n");
        string[] levels = ["excellent", "excellent", "good", "completed"];
        string[] discipline = ["none", "none", "none", "reprimand", "warning"];
        foreach (var p in individuals)
            ratings.Append(CultureInfo.InvariantCulture, $"{Code},{p},{levels[_random.Next(levels.Length)]},{discipline[_random.Next(discipline.Length)]},{(_random.Next(2) == 0 ? "yes" : "no")}\n");
        Ratings = ratings.ToString();
        AwardForms = $"campaign,code,name,level,recipient,quota,min_rating,require_initiative,require_all_targets\n" +
            $"{Code},GK-TT,Giấy khen tập thể,Sở,collective,{_random.Next(0, 3)},excellent,no,no\n" +
            $"{Code},GK-CN,Giấy khen cá nhân,Sở,individual,{_random.Next(1, 4)},good,{(_random.Next(2) == 0 ? "yes" : "no")},{(_random.Next(2) == 0 ? "yes" : "no")}\n";
        return this;
    }

    private string Value(string direction) => direction switch
    {
        "task" => _random.Next(2).ToString(CultureInfo.InvariantCulture),
        "rank_up" => _random.Next(1, 30).ToString(CultureInfo.InvariantCulture),
        _ => (_random.Next(0, 20000) / 100m).ToString(CultureInfo.InvariantCulture),
    };
}
