namespace ThiDua.Import.Parsing;

/// <summary>
/// The columns of each file kind (SPEC §5), with the Vietnamese aliases of the spec and natural extras; the table
/// is in docs/import-aliases.md. Aliases are per kind: <c>chi_tieu</c> is the target value in targets.csv but the
/// indicator in measurements.csv, which has no target column.
/// </summary>
public static class ImportSchemas
{
    private static readonly string[] CampaignAliases = ["phong_trao", "chien_dich", "ma_phong_trao", "dot_thi_dua"];
    private static readonly string[] UnitAliases = ["don_vi", "ma_don_vi", "doi_tuong"];

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Units =>
        [
            Required("code", "ma_don_vi", "ma", "ma_dv"),
            Required("name", "ten", "ten_don_vi", "ho_ten", "ho_va_ten"),
            Required("kind", "loai", "loai_doi_tuong"),
            Optional("parent", "don_vi_cha", "ma_don_vi_cha", "cap_tren", "thuoc"),
            Optional("cluster", "cum", "cum_thi_dua", "khoi", "khoi_thi_dua"),
            Optional("ended", "ngung_hoat_dong", "ngung_hoat_dong_tu", "ngung_hoat_dong_tu_thang", "ngung_tu", "giai_the_tu"),
            Optional("merged_into", "sap_nhap_vao", "sap_nhap_vao_don_vi", "hop_nhat_vao", "don_vi_tiep_nhan", "successor"),
        ],
        ImportKind.Campaigns =>
        [
            Required("code", "ma", "ma_phong_trao"),
            Required("name", "ten", "ten_phong_trao"),
            Required("kind", "loai", "loai_phong_trao"),
            Required("start", "bat_dau", "ngay_bat_dau", "tu_ngay"),
            Required("end", "ket_thuc", "ngay_ket_thuc", "den_ngay"),
            Optional("registration_deadline", "han_dang_ky"),
            Optional("midterm_review", "so_ket", "ky_so_ket"),
            Optional("final_review", "tong_ket", "ky_tong_ket"),
            Optional("dossier_deadline", "han_ho_so", "han_nop_ho_so"),
            Optional("score_cap", "tran_diem", "he_so_tran", "muc_tran"),
            Optional("previous", "nam_truoc", "phong_trao_nam_truoc", "ma_phong_trao_nam_truoc", "ky_truoc"),
        ],
        ImportKind.Indicators =>
        [
            Required("campaign", CampaignAliases),
            Required("code", "ma_chi_tieu", "ma"),
            Required("name", "ten", "ten_chi_tieu", "noi_dung"),
            Optional("uom", "don_vi_tinh", "dvt"),
            Required("direction", "huong", "chieu"),
            Required("aggregation", "cach_tinh", "cach_tong_hop", "tong_hop"),
            Optional("weight", "trong_so"),
        ],
        ImportKind.Targets =>
        [
            Required("campaign", CampaignAliases),
            Required("indicator", "ma_chi_tieu"),
            Required("unit", UnitAliases),
            Required("target", "chi_tieu", "muc_tieu", "gia_tri_chi_tieu"),
            Optional("target_max", "chi_tieu_toi_da", "muc_tieu_toi_da"),
            Optional("baseline", "gia_tri_nen", "nam_truoc", "ky_goc", "co_so"),
            Optional("deadline", "han", "thoi_han", "han_hoan_thanh"),
        ],
        ImportKind.Measurements =>
        [
            Required("campaign", CampaignAliases),
            Required("unit", UnitAliases),
            Required("indicator", "ma_chi_tieu", "chi_tieu"),
            Required("period", "ky", "thang", "ky_bao_cao"),
            Required("value", "gia_tri", "so_lieu", "thuc_hien", "ket_qua"),
            Optional("note", "ghi_chu"),
        ],
        ImportKind.Ratings =>
        [
            Required("campaign", CampaignAliases),
            Required("unit", UnitAliases),
            Required("rating", "xep_loai", "muc_xep_loai"),
            Optional("discipline", "ky_luat", "hinh_thuc_ky_luat"),
            Optional("initiative", "sang_kien", "co_sang_kien"),
        ],
        ImportKind.AwardForms =>
        [
            Required("campaign", CampaignAliases),
            Required("code", "ma", "ma_hinh_thuc"),
            Required("name", "ten", "ten_hinh_thuc", "hinh_thuc_khen_thuong"),
            Optional("level", "cap", "cap_khen_thuong"),
            Required("recipient", "doi_tuong", "doi_tuong_khen_thuong"),
            Required("quota", "so_luong", "han_muc", "chi_tieu_khen_thuong"),
            Optional("min_rating", "xep_loai_toi_thieu"),
            Optional("require_initiative", "yeu_cau_sang_kien", "can_sang_kien"),
            Optional("require_all_targets", "yeu_cau_hoan_thanh_chi_tieu", "hoan_thanh_tat_ca_chi_tieu"),
            Optional("quota_scope", "pham_vi_so_luong", "pham_vi"),
            Optional("require_registration", "yeu_cau_dang_ky", "can_dang_ky", "phai_dang_ky"),
            Optional("required_vote_share", "ty_le_phieu_dong_y", "ty_le_phieu_toi_thieu", "ty_le_phieu_dong_y_toi_thieu", "ty_le_phieu_tan_thanh"),
        ],
        ImportKind.Clusters =>
        [
            Required("code", "ma_cum", "ma", "ma_khoi", "ma_cum_khoi"),
            Required("name", "ten", "ten_cum", "ten_khoi", "ten_cum_khoi"),
            Optional("note", "ghi_chu"),
        ],
        ImportKind.Registrations =>
        [
            Required("campaign", CampaignAliases),
            Required("unit", UnitAliases),
            Optional("form", "hinh_thuc", "ma_hinh_thuc", "danh_hieu", "hinh_thuc_khen_thuong"),
            Required("date", "ngay_dang_ky", "ngay"),
            Optional("note", "ghi_chu"),
        ],
        ImportKind.AwardDecisions =>
        [
            Required("campaign", CampaignAliases),
            Required("form", "hinh_thuc", "ma_hinh_thuc", "hinh_thuc_khen_thuong"),
            Required("unit", UnitAliases),
            Required("decision", "quyet_dinh", "ket_qua_xet", "y_kien_hoi_dong"),
            Optional("reference", "so_quyet_dinh", "so_qd", "so_hieu"),
            Optional("date", "ngay", "ngay_quyet_dinh", "ngay_ky"),
            Optional("note", "ghi_chu"),
            Optional("votes_for", "so_phieu_dong_y", "phieu_dong_y", "so_phieu_tan_thanh", "phieu_tan_thanh"),
            Optional("council_members", "so_thanh_vien_hoi_dong", "tong_so_thanh_vien", "tong_so_thanh_vien_hoi_dong", "so_thanh_vien"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ImportColumn Required(string name, params string[] aliases) => new(name, true, aliases);

    private static ImportColumn Optional(string name, params string[] aliases) => new(name, false, aliases);
}
