using System.Collections.Specialized;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Impl;
using Quartz.Impl.Matchers;
using ThiDua.Scheduling.CatchingUp;
using ThiDua.Scheduling.Reporting;

namespace ThiDua.Scheduling;

/// <summary>
/// The persistent, clustered Quartz scheduler on the product's PostgreSQL: every node runs one, each trigger
/// fires on exactly one node. Jobs are (re)declared at start, idempotently, so any node can be first.
/// </summary>
public sealed class ThiDuaScheduler : IAsyncDisposable
{
    private ThiDuaScheduler(IScheduler scheduler) => Quartz = scheduler;

    public IScheduler Quartz { get; }

    public static async Task<ThiDuaScheduler> StartAsync(string connectionString, JobServices services, SchedulerOptions options,
        ILoggerFactory? logging = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        // Without a log provider Quartz swallows job failures silently.
        // Quartz's retries during a database outage are written once per kind, not a stack trace every 2 s (QuartzOutageLogging).
        if (logging is not null) global::Quartz.Logging.LogContext.SetCurrentLogProvider(new QuartzOutageLogging(logging));
        if (logging?.CreateLogger("ThiDua.Analytics") is { } analyticsLog)
            services.Runtime.AnalyticsProjection.Failed = (campaign, e) => analyticsLog.LogError(
                "Không tính được số liệu phân tích của phong trào {Campaign}; các phong trào khác vẫn được cập nhật / analytics of campaign {Campaign} could not be computed; other campaigns go on: {Reason}",
                campaign, campaign, $"{e.GetType().Name}: {e.Message}");
        VietnamTimeZone.Register(); // before Quartz reads a stored cron trigger back
        var scheduler = await CreateAsync(connectionString, options, ct);
        scheduler.JobFactory = new JobFactory(services);
        scheduler.ListenerManager.AddJobListener(new JobHistoryListener(services.Runtime.DataSource, options.InstanceId, logging?.CreateLogger("ThiDua.Scheduling")), GroupMatcher<JobKey>.AnyGroup());
        await DeclareJobsAsync(scheduler, options, ct);
        await scheduler.Start(ct);
        try
        {
            await MakingUp.MissedReportRuns.MakeUpAsync(scheduler, services.Runtime.DataSource, DateTimeOffset.UtcNow, logging?.CreateLogger("ThiDua.Scheduling"), ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or SchedulerException)
        {
            // The catch-up job checks again in a few minutes.
            logging?.CreateLogger("ThiDua.Scheduling").LogWarning("Missed report runs could not be checked at start: {Message}", e.Message);
        }
        return new ThiDuaScheduler(scheduler);
    }

    // Quartz keeps a process-wide repository keyed by scheduler name and hands back an existing scheduler of that name,
    // which may belong to another database (tests) or be another node of this one. Create under a lock, check it is
    // the one asked for, and take it out of the repository so the next node of the same name is a new scheduler.
    private static readonly SemaphoreSlim Creating = new(1, 1);

    private static async Task<IScheduler> CreateAsync(string connectionString, SchedulerOptions options, CancellationToken ct)
    {
        await Creating.WaitAsync(ct);
        try
        {
            var scheduler = await new StdSchedulerFactory(Properties(connectionString, options)).GetScheduler(ct);
            if (scheduler.SchedulerInstanceId != options.InstanceId)
                throw new InvalidOperationException($"Quartz returned scheduler instance '{scheduler.SchedulerInstanceId}', not '{options.InstanceId}'.");
            SchedulerRepository.Instance.Remove(options.SchedulerName, options.InstanceId);
            return scheduler;
        }
        finally
        {
            Creating.Release();
        }
    }

    public Task RunNowAsync(JobKey job, CancellationToken ct = default) => Quartz.TriggerJob(job, ct);

    public async ValueTask DisposeAsync() => await Quartz.Shutdown(waitForJobsToComplete: true);

    private static NameValueCollection Properties(string connectionString, SchedulerOptions options)
    {
        // Quartz registers data sources by name in a process-wide manager: one name per database, or two
        // schedulers of one process on different databases would share the first one's connections.
        var dataSource = "db" + ((ulong)EventStore.LockKeys.For(connectionString)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
        ["quartz.scheduler.instanceName"] = options.SchedulerName,
        ["quartz.scheduler.instanceId"] = options.InstanceId,
        // Background threads: a scheduler that cannot finish its shutdown (its database away) must not keep the process
        // alive after `serve` has stopped (SIGTERM); what it did not record is made up on the next start.
        ["quartz.scheduler.makeSchedulerThreadDaemon"] = "true",
        ["quartz.jobStore.makeThreadsDaemons"] = "true",
        ["quartz.threadPool.maxConcurrency"] = options.MaxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
        ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
        ["quartz.jobStore.tablePrefix"] = "qrtz_",
        ["quartz.jobStore.dataSource"] = dataSource,
        ["quartz.jobStore.clustered"] = "true",
        ["quartz.jobStore.clusterCheckinInterval"] = ((long)options.ClusterCheckinInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["quartz.jobStore.useProperties"] = "true",
        ["quartz.jobStore.misfireThreshold"] = "30000",
        // After a lost database (a PostgreSQL restart) Quartz waits this long before trying again; its default of
        // 15 s left the catch-up job, and so the analytics, stale for that long after the database was back.
        ["quartz.jobStore.dbRetryInterval"] = "2000",
        [$"quartz.dataSource.{dataSource}.provider"] = "Npgsql",
        [$"quartz.dataSource.{dataSource}.connectionString"] = connectionString,
        ["quartz.serializer.type"] = typeof(QuartzJsonSerializer).AssemblyQualifiedName!,
        };
    }

    private static async Task DeclareJobsAsync(IScheduler scheduler, SchedulerOptions options, CancellationToken ct)
    {
        var zone = VietnamTimeZone.Zone;
        await DeclareAsync(scheduler, JobBuilder.Create<CatchUpProjectionsJob>().WithIdentity(CatchUpProjectionsJob.Key)
                .WithDescription("Cập nhật số liệu tổng hợp (tỷ lệ hoàn thành, xếp hạng) từ các sự kiện mới").StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("catch-up-projections", "projections").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.CatchUpInterval).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount())
                .Build(), ct);
        await DeclareAsync(scheduler, JobBuilder.Create<MonthlyReportsJob>().WithIdentity(MonthlyReportsJob.Key)
                .WithDescription("Báo cáo tiến độ hằng tháng (ngày 1, 07:00)").StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("monthly-reports", "reports")
                .WithCronSchedule(MonthlyReportsJob.Cron, c => c.InTimeZone(zone).WithMisfireHandlingInstructionFireAndProceed()).Build(), ct);
        await DeclareAsync(scheduler, JobBuilder.Create<SummaryReportsJob>().WithIdentity(SummaryReportsJob.Key)
                .WithDescription("Báo cáo tổng kết khi đến kỳ tổng kết (07:00 hằng ngày)").StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("summary-reports", "reports")
                .WithCronSchedule(SummaryReportsJob.Cron, c => c.InTimeZone(zone).WithMisfireHandlingInstructionFireAndProceed()).Build(), ct);
    }

    /// <summary>Adds the job and its trigger unless another node did already (so restarts keep the trigger's history).</summary>
    public static async Task DeclareAsync(IScheduler scheduler, IJobDetail job, ITrigger trigger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(trigger);
        try
        {
            // A repeating trigger whose interval changed is replaced; any other existing trigger is kept, misfires and all.
            var existing = await scheduler.GetTrigger(trigger.Key, ct);
            if (existing is not null && !(existing is ISimpleTrigger old && trigger is ISimpleTrigger fresh && old.RepeatInterval != fresh.RepeatInterval))
                return;
            await scheduler.ScheduleJob(job, [trigger], replace: true, ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node declared it at the same moment: fine.
        }
    }
}
