namespace ThiDua.Dashboards;

/// <summary>A dashboard file that cannot be used; the message names the file and the problem in both languages.</summary>
public sealed class DashboardDefinitionException : Exception
{
    public DashboardDefinitionException() { }
    public DashboardDefinitionException(string message) : base(message) { }
    public DashboardDefinitionException(string message, Exception inner) : base(message, inner) { }
}
