using ThiDua.Attainment;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Awards;

/// <summary>The eligibility rules of SPEC §4. Returns every failed criterion, in a fixed order, not just the first.</summary>
internal static class AwardCriteria
{
    /// <param name="indicatorNames">Indicator names by code, for reasons a council can read.</param>
    public static List<AwardReason> Individual(
        AwardForm form, UnitRating? rating, IReadOnlyList<AttainmentRow> targets, IReadOnlyDictionary<string, string> indicatorNames)
    {
        var failures = new List<AwardReason>();
        if (rating?.Rating is not { } r) failures.Add(AwardReasons.NoRating());
        else if (r < form.MinRating) failures.Add(AwardReasons.RatingBelowMinimum(r, form.MinRating));
        // A reprimand is allowed, a warning or worse is not.
        var discipline = rating?.Discipline ?? Discipline.None;
        if (discipline >= Discipline.Warning) failures.Add(AwardReasons.Disciplined(discipline));
        if (form.RequireInitiative && rating?.Initiative != true) failures.Add(AwardReasons.NoInitiative());
        // Vacuously true for an individual without targets.
        if (form.RequireAllTargets) AddUnmetTargets(failures, targets, indicatorNames);
        return failures;
    }

    public static List<AwardReason> Collective(
        AwardForm form, UnitRating? ownRating, IReadOnlyList<AttainmentRow> targets,
        IReadOnlyList<(Unit Member, UnitRating Rating)> members, IReadOnlyDictionary<string, string> indicatorNames)
    {
        // min_rating concerns individuals only; a collective's own rating is not judged.
        var failures = new List<AwardReason>();
        AddUnmetTargets(failures, targets, indicatorNames); // always required of a collective
        if (members.Count == 0) failures.Add(AwardReasons.NoMembers());
        foreach (var (member, rating) in members)
        {
            if (rating.Rating < Rating.Good) failures.Add(AwardReasons.MemberBelowGood(member.Code, member.Name, rating.Rating!.Value));
        }

        if (members.Count > 0 && !members.Any(m => m.Rating.Rating == Rating.Excellent))
            failures.Add(AwardReasons.NoExcellentMember());
        var own = ownRating?.Discipline ?? Discipline.None;
        if (own >= Discipline.Warning) failures.Add(AwardReasons.Disciplined(own));
        foreach (var (member, rating) in members)
        {
            if (rating.Discipline >= Discipline.Warning) failures.Add(AwardReasons.MemberDisciplined(member.Code, member.Name, rating.Discipline));
        }

        // The collective's own rating row carries its initiative.
        if (form.RequireInitiative && ownRating?.Initiative != true) failures.Add(AwardReasons.NoInitiative());
        return failures;
    }

    /// <summary>For a form that requires registration (v2): none, or one after the deadline, fails; null when on time.</summary>
    public static AwardReason? Registration(Registrations.Registration? registration, Campaigns.Campaign campaign)
    {
        if (registration is null) return AwardReasons.NotRegistered(campaign.RegistrationDeadline);
        return Registrations.RegistrationTiming.IsOnTime(registration, campaign)
            ? null
            : AwardReasons.RegisteredLate(registration.Date, campaign.RegistrationDeadline!.Value);
    }

    private static void AddUnmetTargets(List<AwardReason> failures, IReadOnlyList<AttainmentRow> targets, IReadOnlyDictionary<string, string> names)
    {
        var unmet = targets.Where(t => !t.IsMetOrExceeded)
            .Select(t => (t.Indicator, names.GetValueOrDefault(t.Indicator) ?? t.Indicator, t.Status == AttainmentStatus.NoData)).ToList();
        if (unmet.Count > 0) failures.Add(AwardReasons.TargetsNotAllMet(unmet));
    }
}
