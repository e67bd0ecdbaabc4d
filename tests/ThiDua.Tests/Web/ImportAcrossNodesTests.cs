using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Reliability;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// An analyst's upload checked by one node and confirmed through another (a load balancer without sticky sessions):
/// with THIDUA_UPLOADS on storage both machines share, the pending file is found wherever "Nhập chính thức" lands.
/// </summary>
public sealed partial class ImportAcrossNodesTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_file_checked_on_one_node_is_imported_by_another_from_the_shared_uploads_folder()
    {
        await TestUsers.AddAsync(db.DataSource, "phan.tich.vien", Role.Analyst);
        var shared = Directory.CreateTempSubdirectory("thidua-shared-uploads-");
        try
        {
            await using var machines = await TwoMachines.StartAsync(db.ConnectionString, new Dictionary<string, string?> { ["THIDUA_UPLOADS"] = shared.FullName });
            (await SessionsAcrossNodesTests.SignInAsync(machines, "phan.tich.vien")).StatusCode.Should().Be(HttpStatusCode.Redirect);

            var checkedOnA = await UploadAsync(machines.A, "campaign;unit;indicator;period;value;note\nBK2022;BK-CNTT;BK22-10;2022-01;76,1;\n");
            checkedOnA.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await checkedOnA.Content.ReadAsStringAsync();
            shared.GetFiles().Should().NotBeEmpty("node A keeps the pending upload in the shared folder");
            var confirm = ConfirmAction().Match(page);
            confirm.Success.Should().BeTrue(page);

            var importedOnB = await machines.B.PostAsync(new Uri(confirm.Groups[1].Value, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = TwoMachines.TokenIn(page[confirm.Index..]),
            }));

            importedOnB.StatusCode.Should().Be(HttpStatusCode.OK, await importedOnB.Content.ReadAsStringAsync());
            (await db.ScalarAsync("select (value * 10)::bigint from rm_measurements where campaign = 'BK2022' and unit = 'BK-CNTT' and indicator = 'BK22-10' and period = 2022 * 12"))
                .Should().Be(761);
        }
        finally
        {
            shared.Delete(recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient node, string csv)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(await TwoMachines.FormTokenAsync(node, "/imports")), "__RequestVerificationToken" },
            { new StringContent("measurements"), "kind" },
            { new StringContent("vi"), "culture" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "measurements.csv");
        return await node.PostAsync(new Uri("/imports", UriKind.Relative), content);
    }

    [GeneratedRegex("action=\"(/imports/[0-9a-f]+/confirm)\"")]
    private static partial Regex ConfirmAction();
}
