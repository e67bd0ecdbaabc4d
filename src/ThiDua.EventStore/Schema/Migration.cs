namespace ThiDua.EventStore.Schema;

/// <summary>One ordered SQL script. <see cref="Id"/> is unique across modules, e.g. <c>eventstore/001_event_store</c>.</summary>
public sealed record Migration(string Id, string Sql);
