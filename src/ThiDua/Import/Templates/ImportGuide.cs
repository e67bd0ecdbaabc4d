using ThiDua.Import.Parsing;

namespace ThiDua.Import.Templates;

/// <summary>
/// What each column of each import file holds, in the office's words, with an example taken from the seed data (one
/// coherent example row per file). The required flag and the other accepted names come from <see cref="ImportSchemas"/>;
/// <c>ImportGuideTests</c> holds every header here to a name the import accepts and every example row to one it reads.
/// </summary>
public static class ImportGuide
{
    private const string Campaign = "Mã phong trào đã nhập (tệp campaigns)";
    private const string Unit = "Mã đơn vị hoặc cá nhân đã nhập (tệp units)";
    private const string Note = "Ghi chú, không bắt buộc (tối đa 2.000 ký tự)";

    /// <summary>The kind as the office names it: "Số liệu thực hiện" for measurements.</summary>
    public static string Title(ImportKind kind) => kind switch
    {
        ImportKind.Units => "Đơn vị",
        ImportKind.Campaigns => "Phong trào",
        ImportKind.Indicators => "Chỉ tiêu",
        ImportKind.Targets => "Giao chỉ tiêu",
        ImportKind.Measurements => "Số liệu thực hiện",
        ImportKind.Ratings => "Xếp loại",
        ImportKind.AwardForms => "Hình thức khen thưởng",
        ImportKind.Clusters => "Cụm, khối thi đua",
        ImportKind.Registrations => "Đăng ký thi đua",
        ImportKind.AwardDecisions => "Quyết định khen thưởng",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The guide's lines as the page and the workbook's guide sheet show them: each column with what the import accepts of it.</summary>
    public static IEnumerable<(TemplateColumn Column, bool Required, string AcceptedNames)> Lines(ImportKind kind)
    {
        var accepted = ImportSchemas.For(kind).ToDictionary(c => c.Name);
        return For(kind).Select(c => (c, accepted[c.Name].Required, string.Join(", ", accepted[c.Name].Aliases.Prepend(c.Name))));
    }

    public static IReadOnlyList<TemplateColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Units =>
        [
            new("code", "Mã đơn vị", "Mã riêng của tập thể hoặc cá nhân, không trùng; các tệp khác gọi đơn vị bằng mã này", "BK-VP"),
            new("name", "Tên đơn vị", "Tên đầy đủ (với cá nhân: họ và tên)", "Văn phòng Sở"),
            new("kind", "Loại", "tập thể hoặc cá nhân", "tập thể"),
            new("parent", "Đơn vị cha", "Mã tập thể cấp trên (có thể ở dòng sau trong cùng tệp; không phải một cá nhân); để trống nếu là cấp cao nhất", "BK-STTTT"),
            new("cluster", "Cụm thi đua", "Mã cụm, khối thi đua (tệp clusters); để trống nếu không thuộc cụm, khối", "BK-KHOI1"),
            new("ended", "Ngừng hoạt động từ tháng", "Tháng đầu tiên đơn vị không còn (sáp nhập, giải thể): mm/yyyy hoặc yyyy-mm; từ tháng đó không xếp hạng, không đề nghị, không phải báo cáo; để trống nếu đơn vị vẫn hoạt động", ""),
            new("merged_into", "Sáp nhập vào đơn vị", "Mã đơn vị tiếp nhận khi đơn vị này được sáp nhập, hợp nhất vào đơn vị khác (cần tháng ở cột ngừng hoạt động; đơn vị đó còn hoạt động tháng ấy); để trống nếu giải thể hoặc vẫn hoạt động", ""),
        ],
        ImportKind.Campaigns =>
        [
            new("code", "Mã phong trào", "Mã riêng của phong trào, không trùng", "TD2025"),
            new("name", "Tên phong trào", "Tên phong trào, đợt thi đua như trong kế hoạch", "Phong trào thi đua thực hiện nhiệm vụ năm 2025"),
            new("kind", "Loại phong trào", "thường xuyên (hằng năm) hoặc theo đợt (chuyên đề)", "thường xuyên"),
            new("start", "Ngày bắt đầu", "Ngày: dd/mm/yyyy hoặc yyyy-mm-dd", "01/01/2025"),
            new("end", "Ngày kết thúc", "Ngày: dd/mm/yyyy hoặc yyyy-mm-dd", "31/12/2025"),
            new("registration_deadline", "Hạn đăng ký", "Hạn đăng ký thi đua (ngày); để trống nếu không có", "31/03/2025"),
            new("midterm_review", "Kỳ sơ kết", "Tháng sơ kết: mm/yyyy hoặc yyyy-mm", "06/2025"),
            new("final_review", "Kỳ tổng kết", "Tháng tổng kết: mm/yyyy hoặc yyyy-mm", "12/2025"),
            new("dossier_deadline", "Hạn nộp hồ sơ", "Hạn nộp hồ sơ khen thưởng (ngày)", "15/12/2025"),
            new("score_cap", "Trần điểm", "Tỷ lệ hoàn thành tối đa được tính điểm (mặc định 1,2 tức 120%)", "1,2", IsNumber: true),
            new("previous", "Phong trào năm trước", "Mã phong trào năm trước để so sánh cùng kỳ (để trống: phong trào cùng mã, năm trừ 1)", "TD2024"),
        ],
        ImportKind.Indicators =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("code", "Mã chỉ tiêu", "Mã riêng của chỉ tiêu trong phong trào", "CT01"),
            new("name", "Tên chỉ tiêu", "Nội dung chỉ tiêu hoặc nhiệm vụ", "Số tin, bài tuyên truyền"),
            new("uom", "Đơn vị tính", "Đơn vị tính; % cho tỷ lệ", "tin, bài"),
            new("direction", "Hướng", "tối thiểu, tối đa, giảm, tăng, tăng hạng hoặc nhiệm vụ", "tối thiểu"),
            new("aggregation", "Cách tính", "Cộng các tháng thế nào: tổng, mới nhất, trung bình, lớn nhất hoặc nhỏ nhất", "tổng"),
            new("weight", "Trọng số", "Trọng số khi chấm điểm (mặc định 1)", "1", IsNumber: true),
        ],
        ImportKind.Targets =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("indicator", "Mã chỉ tiêu", "Mã chỉ tiêu đã nhập (tệp indicators)", "CT01"),
            new("unit", "Đơn vị", Unit, "BK-VP"),
            new("target", "Chỉ tiêu", "Mức chỉ tiêu giao cho đơn vị; số viết kiểu Việt Nam: 1.234,5", "120", IsNumber: true),
            new("target_max", "Chỉ tiêu tối đa", "Mức trên của khoảng (nếu giao một khoảng); để trống nếu không có", "", IsNumber: true),
            new("baseline", "Giá trị nền", "Giá trị kỳ gốc, với chỉ tiêu giảm hoặc tăng", "", IsNumber: true),
            new("deadline", "Thời hạn", "Tháng phải hoàn thành (mm/yyyy), với nhiệm vụ", ""),
        ],
        ImportKind.Measurements =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("unit", "Đơn vị", Unit, "BK-VP"),
            new("indicator", "Chỉ tiêu", "Mã chỉ tiêu đã giao cho đơn vị (tệp targets)", "CT01"),
            new("period", "Kỳ", "Tháng báo cáo: mm/yyyy hoặc yyyy-mm", "05/2025"),
            new("value", "Giá trị", "Số liệu thực hiện trong tháng; số viết kiểu Việt Nam: 1.234,5", "12", IsNumber: true),
            new("note", "Ghi chú", Note, "Số liệu của Phòng Thông tin - Báo chí"),
        ],
        ImportKind.Ratings =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("unit", "Đơn vị", Unit, "BK-VP"),
            new("rating", "Xếp loại", "HTXSNV, HTTNV, HTNV hoặc KHTNV (hoặc viết đủ: hoàn thành xuất sắc nhiệm vụ…)", "HTXSNV"),
            new("discipline", "Kỷ luật", "không, khiển trách, cảnh cáo hoặc cách chức; để trống là không", "không"),
            new("initiative", "Sáng kiến", "có hoặc không: có sáng kiến được cấp có thẩm quyền công nhận", "có"),
        ],
        ImportKind.AwardForms =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("code", "Mã hình thức", "Mã riêng của hình thức khen thưởng trong phong trào", "GK-TT"),
            new("name", "Tên hình thức", "Tên hình thức khen thưởng", "Giấy khen của Giám đốc Sở (tập thể)"),
            new("level", "Cấp khen thưởng", "Cấp khen thưởng", "Giám đốc Sở"),
            new("recipient", "Đối tượng", "tập thể, cá nhân hoặc tất cả", "tập thể"),
            new("quota", "Số lượng", "Số lượng tối đa (số nguyên); để trống là không giới hạn", "2", IsNumber: true),
            new("min_rating", "Xếp loại tối thiểu", "Xếp loại thấp nhất được xét (mặc định HTXSNV)", "HTXSNV"),
            new("require_initiative", "Yêu cầu sáng kiến", "có hoặc không (mặc định không)", "không"),
            new("require_all_targets", "Hoàn thành tất cả chỉ tiêu", "có hoặc không: phải đạt mọi chỉ tiêu được giao (mặc định không)", "có"),
            new("quota_scope", "Phạm vi số lượng", "Số lượng tính cho toàn phong trào hay cho mỗi cụm, khối (mặc định toàn phong trào)", "toàn phong trào"),
            new("require_registration", "Phải đăng ký", "có hoặc không: chỉ xét đơn vị đã đăng ký thi đua (mặc định không)", "không"),
            new("required_vote_share", "Tỷ lệ phiếu đồng ý tối thiểu", "Phần trăm tổng số thành viên Hội đồng phải đồng ý (bỏ phiếu kín), ví dụ 90; để trống là không yêu cầu", "", IsNumber: true),
        ],
        ImportKind.Clusters =>
        [
            new("code", "Mã cụm", "Mã riêng của cụm, khối thi đua", "BK-KHOI1"),
            new("name", "Tên cụm", "Tên cụm, khối thi đua hiện trên trang và báo cáo", "Khối các phòng chuyên môn"),
            new("note", "Ghi chú", Note, ""),
        ],
        ImportKind.Registrations =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("unit", "Đơn vị", Unit, "BK-VP"),
            new("form", "Hình thức", "Mã hình thức khen thưởng đăng ký (tệp award_forms); để trống là đăng ký thi đua chung", ""),
            new("date", "Ngày đăng ký", "Ngày: dd/mm/yyyy hoặc yyyy-mm-dd", "15/03/2025"),
            new("note", "Ghi chú", Note, ""),
        ],
        ImportKind.AwardDecisions =>
        [
            new("campaign", "Phong trào", Campaign, "TD2025"),
            new("form", "Hình thức", "Mã hình thức khen thưởng (tệp award_forms)", "GK-TT"),
            new("unit", "Đơn vị", Unit, "BK-VP"),
            new("decision", "Quyết định", "đồng ý, không đồng ý hoặc hoãn", "đồng ý"),
            new("reference", "Số quyết định", "Số, ký hiệu quyết định", "1050/QĐ-STTTT"),
            new("date", "Ngày quyết định", "Ngày: dd/mm/yyyy hoặc yyyy-mm-dd", "18/12/2025"),
            new("note", "Ghi chú", Note, ""),
            new("votes_for", "Số phiếu đồng ý", "Số thành viên Hội đồng bỏ phiếu đồng ý (số nguyên); ghi cùng số thành viên Hội đồng, hoặc để trống cả hai", "9", IsNumber: true),
            new("council_members", "Số thành viên Hội đồng", "Tổng số thành viên Hội đồng, kể cả người vắng mặt (không phải số có mặt); các dòng của cùng một cuộc họp ghi cùng một số", "11", IsNumber: true),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
