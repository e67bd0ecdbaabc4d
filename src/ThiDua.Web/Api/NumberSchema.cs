using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Web.Api;

/// <summary>
/// In the OpenAPI document a score, ratio or figure is what the JSON carries: a number (or null where the row may have
/// none). The rows write their decimals through converters (2 or 4 decimals, as the CSV), and a property with a converter
/// was described by its format alone, <c>{"format": "double"}</c>, no type: a client generated from the document typed
/// <c>score</c> as "any".
/// </summary>
public static class NumberSchema
{
    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (schema.Type is null && (type == typeof(decimal) || type == typeof(decimal?)))
            schema.Type = type == typeof(decimal?) || context.JsonPropertyInfo?.IsGetNullable == true
                ? JsonSchemaType.Number | JsonSchemaType.Null
                : JsonSchemaType.Number;
        return Task.CompletedTask;
    }
}
