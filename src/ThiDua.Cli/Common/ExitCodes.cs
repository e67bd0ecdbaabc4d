namespace ThiDua.Cli.Common;

/// <summary>SPEC §5: 0 success, 1 rejected input (nothing written), 2 usage error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Rejected = 1;
    public const int Usage = 2;
}
