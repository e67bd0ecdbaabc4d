using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ThiDua.Periods;

namespace ThiDua.Web.Api;

/// <summary>In the OpenAPI document a month is what the JSON carries: a "YYYY-MM" string, not an object.</summary>
public static class YearMonthSchema
{
    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(YearMonth) || type == typeof(YearMonth?))
        {
            schema.Type = JsonSchemaType.String;
            schema.Pattern = "^[0-9]{4}-[0-9]{2}$";
            schema.Properties?.Clear();
            schema.Required?.Clear();
        }
        return Task.CompletedTask;
    }
}
