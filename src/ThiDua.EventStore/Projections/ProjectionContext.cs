using Npgsql;

namespace ThiDua.EventStore.Projections;

/// <summary>The connection and transaction a projection writes through.</summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction)
{
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
