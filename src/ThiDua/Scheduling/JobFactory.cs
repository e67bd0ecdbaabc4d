using Quartz;
using Quartz.Spi;

namespace ThiDua.Scheduling;

/// <summary>Creates jobs with the services they need (a job class takes <see cref="JobServices"/>, or nothing).</summary>
internal sealed class JobFactory(JobServices services) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        var type = bundle.JobDetail.JobType;
        var withServices = type.GetConstructor([typeof(JobServices)]);
        return (IJob)(withServices is not null ? withServices.Invoke([services]) : Activator.CreateInstance(type)!);
    }

    public void ReturnJob(IJob job) => (job as IDisposable)?.Dispose();
}
