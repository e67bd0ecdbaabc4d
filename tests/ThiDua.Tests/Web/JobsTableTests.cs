using ThiDua.Scheduling;
using ThiDua.Web.Jobs;

namespace ThiDua.Tests.Web;

/// <summary>/jobs names each job by its Vietnamese description; only an admin also sees the code (small) and the run button.</summary>
public class JobsTableTests
{
    private static readonly JobSummary Monthly = new("monthly-reports", "Báo cáo tiến độ hằng tháng (ngày 1, 07:00)", null, null, null, null);

    [Fact]
    public void A_reader_sees_the_jobs_vietnamese_name_in_bold_and_not_its_code()
    {
        var html = JobsTable.Render([Monthly], antiforgeryField: null);

        html.Should().Contain("<a href=\"/jobs/monthly-reports\"><strong>Báo cáo tiến độ hằng tháng (ngày 1, 07:00)</strong></a>")
            .And.NotContain(">monthly-reports<").And.NotContain("Chạy ngay");
    }

    [Fact]
    public void An_admin_also_sees_the_code_small_beside_the_name_and_the_run_button()
    {
        var html = JobsTable.Render([Monthly], antiforgeryField: "<input type=\"hidden\">");

        html.Should().Contain("<strong>Báo cáo tiến độ hằng tháng (ngày 1, 07:00)</strong>")
            .And.Contain("<small class=\"meta\"><code>monthly-reports</code></small>").And.Contain("Chạy ngay");
    }

    [Fact]
    public void An_admins_run_button_names_its_job_for_a_screen_reader_and_no_column_heading_is_blank()
    {
        var admin = JobsTable.Render([Monthly], antiforgeryField: "<input type=\"hidden\">");
        var reader = JobsTable.Render([Monthly], antiforgeryField: null);

        admin.Should().Contain("Chạy ngay<span class=\"sr-only\">: Báo cáo tiến độ hằng tháng (ngày 1, 07:00)</span></button>")
            .And.Contain("<th><span class=\"sr-only\">Chạy ngay</span></th>").And.NotContain("<th></th>");
        reader.Should().NotContain("<th></th>").And.NotContain("<td></td>", "a reader who may not run jobs has no empty column");
    }

    [Fact]
    public void The_failures_table_names_a_job_by_its_description_too()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var failed = new JobRun("monthly-reports", null, start, start.AddSeconds(3), "node-a", 1, false, "hỏng");

        var html = JobRunsTable.Render([failed], withJob: true, new Dictionary<string, string> { ["monthly-reports"] = Monthly.Description });

        html.Should().Contain("<a href=\"/jobs/monthly-reports\">Báo cáo tiến độ hằng tháng (ngày 1, 07:00)</a>");
    }
}
