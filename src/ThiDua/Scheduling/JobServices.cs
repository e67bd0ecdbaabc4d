using ThiDua.Hosting;

namespace ThiDua.Scheduling;

/// <summary>What jobs may use: the product runtime and, when configured, the report generator.</summary>
public sealed record JobServices(ThiDuaRuntime Runtime, IReportJobs? Reports);
