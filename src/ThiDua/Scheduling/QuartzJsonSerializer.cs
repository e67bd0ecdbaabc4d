using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace ThiDua.Scheduling;

/// <summary>
/// Quartz's job-data serializer written with System.Text.Json (no Quartz serializer package is served here).
/// With <c>useProperties = true</c> Quartz hands us only string maps: <see cref="JobDataMap"/> and <see cref="NameValueCollection"/>.
/// </summary>
public sealed class QuartzJsonSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj) where T : class
    {
        var map = obj switch
        {
            JobDataMap data => data.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString()),
            NameValueCollection values => values.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => values[k]),
            _ => throw new NotSupportedException($"Quartz asked to serialise {typeof(T).Name}; only string job data is used (useProperties = true)."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(map);
    }

    public T? DeSerialize<T>(byte[] obj) where T : class
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(obj) ?? [];
        if (typeof(T) == typeof(JobDataMap) || typeof(T) == typeof(IDictionary<string, object>))
        {
            var data = new JobDataMap();
            foreach (var (k, v) in map) data[k] = v ?? "";
            return (T)(object)data;
        }
        if (typeof(T) == typeof(NameValueCollection))
        {
            var values = new NameValueCollection();
            foreach (var (k, v) in map) values[k] = v;
            return (T)(object)values;
        }
        throw new NotSupportedException($"Quartz asked to deserialise {typeof(T).Name}; only string job data is used.");
    }
}
