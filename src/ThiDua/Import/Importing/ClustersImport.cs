using Npgsql;
using ThiDua.Clusters;
using ThiDua.Clusters.Defining;
using ThiDua.Import.Parsing;
using ThiDua.Registry;

namespace ThiDua.Import.Importing;

/// <summary>clusters.csv (v2): names cluster codes. Units may name a cluster before (or without) its row here.</summary>
internal sealed class ClustersImport(NpgsqlConnection conn) : IRowImport
{
    private readonly FileDuplicates<string, Cluster> _duplicates = new();
    private Dictionary<string, Cluster>? _stored;
    private LookAlikeCodes? _lookAlikes;

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (ClusterRow)row;
        _stored ??= (await RegistryQueries.ClustersAsync(conn, ct)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var current = _stored.GetValueOrDefault(r.Code);
        var cluster = new Cluster(r.Code, r.Name, context.FileOr("note", r.Note, current?.Note));
        if (!_duplicates.Check(r.Code, cluster, r.Line, "code", r.Code, context)) return;
        if (current is null)
            (_lookAlikes ??= new LookAlikeCodes(_stored.Keys)).Check(context, r.Line, r.Code, DefineCluster.StreamId(r.Code), "cụm, khối", "cluster");
        var events = DefineCluster.Decide(new DefineCluster(cluster), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineCluster.StreamId(r.Code), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
