using System.Net.Http.Headers;
using System.Text;

namespace ThiDua.Tests.Web;

/// <summary>Posts a CSV text as the import API takes it: multipart, field <c>file</c>, named measurements.csv.</summary>
public static class CsvUpload
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string csv)
    {
        ArgumentNullException.ThrowIfNull(client);
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "measurements.csv");
        return client.PostAsync(url, content);
    }
}
