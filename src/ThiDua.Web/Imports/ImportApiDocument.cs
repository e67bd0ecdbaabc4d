using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Web.Imports;

/// <summary>The import's parameters in the OpenAPI document: the endpoint reads its form itself, so nothing is inferred.</summary>
internal static class ImportApiDocument
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "dryRun",
            In = ParameterLocation.Query,
            Description = "true: kiểm tra, không ghi / validate and report only",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "acceptWarnings",
            In = ParameterLocation.Query,
            Description = "true: nhập cả khi có cảnh báo số liệu bất thường / import even with plausibility warnings (else 422 listing them)",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean },
        });
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "Tệp CSV hoặc Excel (.xlsx) / the CSV or .xlsx file" },
                            ["culture"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "vi (mặc định / default) | en" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
