using System.Net.Http.Headers;
using System.Text;

namespace ThiDua.Tests.Security;

/// <summary>Request bodies the security tests send.</summary>
public static class SecurityRequests
{
    public static MultipartFormDataContent Csv(string csv, string fileName = "so-lieu.csv", string? antiforgery = null, string? kind = null)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        if (antiforgery is not null) content.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        if (kind is not null) content.Add(new StringContent(kind), "kind");
        return content;
    }
}
