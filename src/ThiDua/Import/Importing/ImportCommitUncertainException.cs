namespace ThiDua.Import.Importing;

/// <summary>
/// The connection to the database was lost while an import was being committed, and whether the commit happened could
/// not be learnt afterwards (<see cref="ImportCommit"/>). Importing the same file again is safe either way: rows already
/// stored are reported unchanged and write nothing.
/// </summary>
public sealed class ImportCommitUncertainException(string fileName, Exception inner) : Exception(
    $"Mất kết nối cơ sở dữ liệu đúng lúc ghi tệp {fileName}, nên chưa biết tệp đã được ghi hay chưa. Khi cơ sở dữ liệu chạy lại, hãy nhập lại tệp: "
    + "nếu tệp đã được ghi, mọi dòng được báo là không đổi và không có gì bị ghi hai lần "
    + $"/ the database connection was lost while {fileName} was being committed, so whether it was written is not known. Once the database is back, "
    + "import the file again: if it was written, every row is reported unchanged and nothing is written twice.",
    inner);
