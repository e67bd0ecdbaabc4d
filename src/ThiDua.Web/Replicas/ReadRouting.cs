using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Replicas;

/// <summary>
/// Sends a GET (or HEAD) to the standby when it is usable, and says where it was read in two headers
/// (<c>X-ThiDua-Read-From: replica|primary</c>, <c>X-ThiDua-Replica-Lag: seconds</c>) and, on pages, in
/// <see cref="ReadNotice"/>. A standby that fails mid-request (stopped since the last probe) is marked away and the
/// request is answered again from the primary, so its going away costs no error page; so is a read the standby
/// cancelled for its replay (a recovery conflict). A browser that has just written
/// reads from the primary until the standby has replayed its write (<see cref="OwnWrites"/>).
/// </summary>
public static class ReadRouting
{
    public const string ReadFromHeader = "X-ThiDua-Read-From";
    public const string LagHeader = "X-ThiDua-Replica-Lag";

    /// <summary>Without a standby every read goes to the primary: nothing to route, no step added to the pipeline.</summary>
    public static IApplicationBuilder UseReadRouting(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ReadDatabase>().Replica is null ? app : app.Use(async (context, next) =>
    {
        var reads = context.RequestServices.GetRequiredService<ReadDatabase>();
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            OwnWrites.Remember(context, reads);
            await next(context);
            return;
        }
        var chosen = reads.Choose();
        var choice = Route(reads, OwnWrites.NotYetReplayed(context, chosen) ? reads.OnPrimary : chosen);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[ReadFromHeader] = choice.FromReplica ? "replica" : "primary";
            if (choice.FromReplica) context.Response.Headers[LagHeader] = ((long)choice.Lag.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception e) when (choice.FromReplica && !context.Response.HasStarted && e is not OperationCanceledException
            && (DatabaseOutage.IsUnreachable(e) || IsRecoveryConflict(e)))
        {
            if (!IsRecoveryConflict(e)) reads.Report(new ReplicaStatus(ReplicaAbsence.Unreachable, 0, TimeSpan.Zero), e.Message);
            choice = Route(reads, reads.OnPrimary);
            context.Response.Clear();
            await next(context);
        }
    });

    // "canceling statement due to conflict with recovery": the standby cancelled a long read that its replay needed to
    // overtake. The standby is fine; this one answer comes from the primary.
    private static bool IsRecoveryConflict(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure }
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure };

    private static ReadChoice Route(ReadDatabase reads, ReadChoice choice)
    {
        ReadDatabase.Use(choice);
        ReadNotice.Current = ReadNotice.For(choice, reads.Status);
        return choice;
    }
}
