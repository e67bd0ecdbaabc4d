using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace ThiDua.Web.Security;

/// <summary>
/// Where ASP.NET Core keeps the keys protecting session cookies and anti-forgery tokens: the product database
/// (<c>web_key_ring</c>, migration 015), not the running user's home folder. Nodes on different machines serving one
/// database must read one key ring, or a cookie one node wrote is refused by the next (a sign-in that does not hold
/// behind a load balancer, a form posted to another node answered 400). Always the primary: keys are written.
/// </summary>
internal sealed class DatabaseKeyRing(NpgsqlDataSource primary) : IXmlRepository
{
    // The data protection system calls these synchronously (at start, then about once a day and when a key is new).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var cmd = primary.CreateCommand("select xml from web_key_ring order by id");
        using var reader = cmd.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var cmd = primary.CreateCommand("insert into web_key_ring (friendly_name, xml) values ($1, $2)");
        cmd.Parameters.AddWithValue(friendlyName ?? "");
        cmd.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        cmd.ExecuteNonQuery();
    }
}
