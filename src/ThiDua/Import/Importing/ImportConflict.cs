using Npgsql;
using ThiDua.EventStore.Appending;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>The error of an import that lost a race with another writer, naming what collided when the store says.</summary>
internal static class ImportConflict
{
    public static ImportError Describe(Exception e)
    {
        var (vi, en) = e is ConcurrencyException { StreamId.Length: > 0 } c ? What(c.StreamId) : ("cùng dữ liệu", "the same data");
        return new ImportError(0, null, null,
            $"Có người khác vừa cập nhật {vi} trong lúc nhập; không có gì được ghi. Hãy nhập lại tệp.",
            $"Someone else changed {en} while this file was being imported; nothing was written. Import the file again.");
    }

    // Stream ids are "unit-U", "cluster-K", "campaign-C/definition" and "campaign-C/unit-U" (codes never contain '/').
    private static (string Vi, string En) What(string streamId)
    {
        var parts = streamId.Split('/');
        var campaign = parts[0].StartsWith("campaign-", StringComparison.Ordinal) ? parts[0]["campaign-".Length..] : null;
        var unit = parts[^1].StartsWith("unit-", StringComparison.Ordinal) ? parts[^1]["unit-".Length..] : null;
        return (campaign, unit) switch
        {
            ({ } c, { } u) => ($"số liệu của đơn vị '{u}' trong phong trào '{c}'", $"the data of unit '{u}' in campaign '{c}'"),
            ({ } c, null) => ($"định nghĩa của phong trào '{c}' (chỉ tiêu, giao chỉ tiêu, xếp loại, hình thức khen thưởng)",
                $"the definitions of campaign '{c}' (indicators, targets, ratings, award forms)"),
            (null, { } u) => ($"đơn vị '{u}'", $"unit '{u}'"),
            _ when streamId.StartsWith(Clusters.Defining.DefineCluster.StreamPrefix, StringComparison.Ordinal) =>
                ($"cụm, khối '{streamId[Clusters.Defining.DefineCluster.StreamPrefix.Length..]}'", $"cluster '{streamId[Clusters.Defining.DefineCluster.StreamPrefix.Length..]}'"),
            _ => ($"dữ liệu '{streamId}'", $"the data '{streamId}'"),
        };
    }
}
