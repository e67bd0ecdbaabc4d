using System.Text.Json;

namespace ThiDua.EventStore;

/// <summary>
/// Maps event CLR types to stable stored names and back, and (de)serialises them with System.Text.Json.
/// The store only knows the types it is told about; it knows nothing of any domain.
/// </summary>
public sealed class EventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = new();

    public EventTypes(JsonSerializerOptions? json = null)
    {
        Json = json ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
    }

    public JsonSerializerOptions Json { get; }

    public EventTypes Register<T>(string? name = null) => Register(typeof(T), name);

    public EventTypes Register(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        name ??= ToSnakeCase(type.Name);
        _byName[name] = type;
        _byType[type] = name;
        return this;
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"Event type {type.FullName} is not registered.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);

    public byte[] Serialize(object data) => JsonSerializer.SerializeToUtf8Bytes(data, data.GetType(), Json);

    public object Deserialize(string name, ReadOnlySpan<byte> json)
    {
        var type = TypeOf(name);
        return type is null ? JsonDocument.Parse(json.ToArray()).RootElement.Clone() : JsonSerializer.Deserialize(json, type, Json)!;
    }

    private static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
