namespace ThiDua.Campaigns.Defining;

/// <summary>Launch a campaign or update its definition.</summary>
public sealed record DefineCampaign(Campaign Campaign)
{
    public static IReadOnlyList<CampaignDefined> Decide(DefineCampaign command, Campaign? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = command.Campaign;
        return c == current
            ? []
            : [new CampaignDefined(c.Code, c.Name, c.Kind, c.Start, c.End, c.RegistrationDeadline, c.MidtermReview, c.FinalReview, c.DossierDeadline, c.ScoreCap, now, c.Previous)];
    }

    /// <summary>Definitions of a campaign (itself, indicators, targets, award forms) share one stream.</summary>
    public static string StreamId(string campaignCode) => $"campaign-{campaignCode}/definition";

    /// <summary>Every stream of a campaign starts with this.</summary>
    public static string StreamPrefix(string campaignCode) => $"campaign-{campaignCode}/";
}
