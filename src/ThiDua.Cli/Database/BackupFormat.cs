namespace ThiDua.Cli.Database;

/// <summary>pg_dump's custom format (<c>thidua db backup</c>, <c>pg_dump -Fc</c>) or its plain SQL; anything else is refused.</summary>
internal enum BackupFormat
{
    NotADump,
    Custom,
    PlainSql,
}
