#!/usr/bin/env python3
"""Deterministic generator of ThiDua's seed CSV files (SPEC §5).

    python3 seed-data/generate.py            # writes the CSVs + expected/*.csv next to this script
    python3 seed-data/generate.py --check    # also prints the expected ranking and awards

Standard library only. Everything is deterministic: the monthly measurement
series are derived from the hand-written final values below with a fixed
pseudo-random jitter (random.Random seeded per key), so re-running gives
byte-identical files.

Numbers in the tables below are written the Vietnamese way, as in the plans
("1.110.000", "90,6") and are written to the CSVs in the same culture.

Files: UTF-8 without BOM, `;` delimiter, `\n` line ends, vi numbers,
dates YYYY-MM-DD, months YYYY-MM.

The same script contains a small, independent reference evaluator of SPEC §3-§4
(attainment, score, ranking, awards) used to write expected/ranking.csv and
expected/awards.csv, so the designed award cases can be checked by tests.
"""
import csv
import io
import os
import random
import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# 1. Units: (code, name, kind, parent, cluster)
#    C = collective (tập thể), I = individual (cá nhân). All staff names are invented.
# --------------------------------------------------------------------------
C, I = "collective", "individual"
UNITS = [
    # ---- Bắc Kạn: Sở TT&TT and its sub-units (plans 001, 003) ----
    ("BK-STTTT", "Sở Thông tin và Truyền thông tỉnh Bắc Kạn", C, "", ""),
    ("BK-VP", "Văn phòng Sở (Sở TT&TT Bắc Kạn)", C, "BK-STTTT", "BK-KHOI1"),
    ("BK-TTRA", "Thanh tra Sở (Sở TT&TT Bắc Kạn)", C, "BK-STTTT", "BK-KHOI1"),
    ("BK-BCVT", "Phòng Bưu chính - Viễn thông (Sở TT&TT Bắc Kạn)", C, "BK-STTTT", "BK-KHOI1"),
    ("BK-CNTT", "Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)", C, "BK-STTTT", "BK-KHOI1"),
    ("BK-TTBCXB", "Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn)", C, "BK-STTTT", "BK-KHOI1"),
    ("BK-TTTT", "Trung tâm Công nghệ thông tin và Truyền thông Bắc Kạn", C, "BK-STTTT", "BK-KHOI2"),
    ("BK-BGD-01", "Hoàng Văn Thạch", I, "BK-STTTT", ""),
    ("BK-VP-01", "Nông Thị Hạnh", I, "BK-VP", "BK-KHOI1"),
    ("BK-VP-02", "Triệu Văn Lâm", I, "BK-VP", "BK-KHOI1"),
    ("BK-TTRA-01", "Lộc Văn Khánh", I, "BK-TTRA", "BK-KHOI1"),
    ("BK-BCVT-01", "Ma Thị Thu Hà", I, "BK-BCVT", "BK-KHOI1"),
    ("BK-BCVT-02", "Hoàng Đức Mạnh", I, "BK-BCVT", "BK-KHOI1"),
    ("BK-CNTT-01", "Nguyễn Thị Minh Ngọc", I, "BK-CNTT", "BK-KHOI1"),
    ("BK-CNTT-02", "Lường Văn Quyết", I, "BK-CNTT", "BK-KHOI1"),
    ("BK-CNTT-03", "Đinh Thị Yến", I, "BK-CNTT", "BK-KHOI1"),
    ("BK-TTBCXB-01", "Hà Thị Phương", I, "BK-TTBCXB", "BK-KHOI1"),
    ("BK-TTBCXB-02", "Bế Văn Sơn", I, "BK-TTBCXB", "BK-KHOI1"),
    ("BK-TTTT-01", "Dương Văn Tú", I, "BK-TTTT", "BK-KHOI2"),
    ("BK-TTTT-02", "Phùng Thị Lan", I, "BK-TTTT", "BK-KHOI2"),
    ("BK-TTTT-03", "Vi Văn Hưng", I, "BK-TTTT", "BK-KHOI2"),
    # ---- Kiên Giang: Sở TT&TT (Khối thi đua 3 of the province) and sub-units (plan 002) ----
    ("KG-STTTT", "Sở Thông tin và Truyền thông tỉnh Kiên Giang", C, "", "KG-KHOI3"),
    ("KG-VP", "Văn phòng Sở (Sở TT&TT Kiên Giang)", C, "KG-STTTT", "KG-PHONG"),
    ("KG-TTRA", "Thanh tra Sở (Sở TT&TT Kiên Giang)", C, "KG-STTTT", "KG-PHONG"),
    ("KG-BCVT", "Phòng Bưu chính - Viễn thông (Sở TT&TT Kiên Giang)", C, "KG-STTTT", "KG-PHONG"),
    ("KG-CNTT", "Phòng Công nghệ thông tin (Sở TT&TT Kiên Giang)", C, "KG-STTTT", "KG-PHONG"),
    ("KG-TTBCXB", "Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Kiên Giang)", C, "KG-STTTT", "KG-PHONG"),
    ("KG-TTTT", "Trung tâm Công nghệ thông tin và Truyền thông Kiên Giang", C, "KG-STTTT", "KG-PHONG"),
    ("KG-BGD-01", "Trần Văn Phúc", I, "KG-STTTT", ""),
    ("KG-VP-01", "Lê Thị Ngọc Hân", I, "KG-VP", "KG-PHONG"),
    ("KG-VP-02", "Huỳnh Văn Tài", I, "KG-VP", "KG-PHONG"),
    ("KG-TTRA-01", "Nguyễn Minh Trí", I, "KG-TTRA", "KG-PHONG"),
    ("KG-BCVT-01", "Phạm Thị Kim Loan", I, "KG-BCVT", "KG-PHONG"),
    ("KG-CNTT-01", "Võ Hoàng Nam", I, "KG-CNTT", "KG-PHONG"),
    ("KG-CNTT-02", "Danh Minh Phụng", I, "KG-CNTT", "KG-PHONG"),
    ("KG-TTBCXB-01", "Đặng Thị Mỹ Linh", I, "KG-TTBCXB", "KG-PHONG"),
    ("KG-TTTT-01", "Lâm Quốc Bảo", I, "KG-TTTT", "KG-PHONG"),
    ("KG-TTTT-02", "Trương Thị Bích Tuyền", I, "KG-TTTT", "KG-PHONG"),
    ("KG-TTTT-03", "Dương Tấn Lộc", I, "KG-TTTT", "KG-PHONG"),
    # ---- Lạng Sơn: Sở TT&TT and sub-units (plan 000); the Sở is also in the province campaign (plan 004) ----
    ("LS-STTTT", "Sở Thông tin và Truyền thông tỉnh Lạng Sơn", C, "", "LS-CUM-VHXH"),
    ("LS-VP", "Văn phòng Sở (Sở TT&TT Lạng Sơn)", C, "LS-STTTT", "LS-PHONG"),
    ("LS-BCVT", "Phòng Bưu chính - Viễn thông (Sở TT&TT Lạng Sơn)", C, "LS-STTTT", "LS-PHONG"),
    ("LS-CNTT", "Phòng Công nghệ thông tin (Sở TT&TT Lạng Sơn)", C, "LS-STTTT", "LS-PHONG"),
    ("LS-TTBCXB", "Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Lạng Sơn)", C, "LS-STTTT", "LS-PHONG"),
    ("LS-TTTT", "Trung tâm Công nghệ thông tin và Truyền thông Lạng Sơn", C, "LS-STTTT", "LS-PHONG"),
    ("LS-BGD-01", "Hoàng Văn Chiến", I, "LS-STTTT", ""),
    ("LS-VP-01", "Chu Thị Thanh Huyền", I, "LS-VP", "LS-PHONG"),
    ("LS-BCVT-01", "Lương Văn Đức", I, "LS-BCVT", "LS-PHONG"),
    ("LS-BCVT-02", "Vy Thị Hồng", I, "LS-BCVT", "LS-PHONG"),
    ("LS-CNTT-01", "Nông Quang Vinh", I, "LS-CNTT", "LS-PHONG"),
    ("LS-CNTT-02", "Hoàng Thị Mai Anh", I, "LS-CNTT", "LS-PHONG"),
    ("LS-TTBCXB-01", "Lăng Văn Thành", I, "LS-TTBCXB", "LS-PHONG"),
    ("LS-TTTT-01", "Mã Thị Diệu Linh", I, "LS-TTTT", "LS-PHONG"),
    ("LS-TTTT-02", "Đàm Văn Kiên", I, "LS-TTTT", "LS-PHONG"),
    # ---- Lạng Sơn province-wide campaign (plan 004): sở/ngành and huyện/thành phố ----
    ("LS-SKHDT", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", C, "", "LS-CUM-KT"),
    ("LS-STC", "Sở Tài chính tỉnh Lạng Sơn", C, "", "LS-CUM-KT"),
    ("LS-SGTVT", "Sở Giao thông vận tải tỉnh Lạng Sơn", C, "", "LS-CUM-KT"),
    ("LS-SYT", "Sở Y tế tỉnh Lạng Sơn", C, "", "LS-CUM-VHXH"),
    ("LS-SGDDT", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", C, "", "LS-CUM-VHXH"),
    ("LS-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", C, "", "LS-CUM-VHXH"),
    ("LS-CAT", "Công an tỉnh Lạng Sơn", C, "", "LS-CUM-NC"),
    ("LS-TPLS", "UBND thành phố Lạng Sơn", C, "", "LS-KHOI-HUYEN"),
    ("LS-CAOLOC", "UBND huyện Cao Lộc", C, "", "LS-KHOI-HUYEN"),
    ("LS-HUULUNG", "UBND huyện Hữu Lũng", C, "", "LS-KHOI-HUYEN"),
    ("LS-CHILANG", "UBND huyện Chi Lăng", C, "", "LS-KHOI-HUYEN"),
    ("LS-LOCBINH", "UBND huyện Lộc Bình", C, "", "LS-KHOI-HUYEN"),
    ("LS-VANLANG", "UBND huyện Văn Lãng", C, "", "LS-KHOI-HUYEN"),
    # heads of the sở/huyện (rated in LS2021, so that the collectives have members; no targets)
    ("LS-SKHDT-01", "Lộc Văn Tuấn", I, "LS-SKHDT", "LS-CUM-KT"),
    ("LS-STC-01", "Vi Thị Thu Hằng", I, "LS-STC", "LS-CUM-KT"),
    ("LS-SGTVT-01", "Nguyễn Đình Hùng", I, "LS-SGTVT", "LS-CUM-KT"),
    ("LS-SYT-01", "Hoàng Thị Bích Ngọc", I, "LS-SYT", "LS-CUM-VHXH"),
    ("LS-SGDDT-01", "Nông Văn Dũng", I, "LS-SGDDT", "LS-CUM-VHXH"),
    ("LS-SLDTBXH-01", "Triệu Thị Hoa", I, "LS-SLDTBXH", "LS-CUM-VHXH"),
    ("LS-CAT-01", "Đoàn Quang Trung", I, "LS-CAT", "LS-CUM-NC"),
    ("LS-TPLS-01", "Lương Thị Thu Trang", I, "LS-TPLS", "LS-KHOI-HUYEN"),
    ("LS-CAOLOC-01", "Hà Văn Thắng", I, "LS-CAOLOC", "LS-KHOI-HUYEN"),
    ("LS-HUULUNG-01", "Chu Văn Bình", I, "LS-HUULUNG", "LS-KHOI-HUYEN"),
    ("LS-CHILANG-01", "Tô Thị Ngân", I, "LS-CHILANG", "LS-KHOI-HUYEN"),
    ("LS-LOCBINH-01", "Mông Văn Khoa", I, "LS-LOCBINH", "LS-KHOI-HUYEN"),
]

# --------------------------------------------------------------------------
# 2. Campaigns: code, name, kind, start, end, registration_deadline,
#    midterm_review, final_review, dossier_deadline, score_cap
# --------------------------------------------------------------------------
CAMPAIGNS = [
    ("BK2021-BAUCU",
     "Đợt thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp, nhiệm kỳ 2021-2026 (Sở TT&TT Bắc Kạn)",
     "special", "2021-02-04", "2021-05-23", "", "", "2021-05", "2021-05-24", ""),
    ("LS2021",
     "Đợt thi đua đặc biệt lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 và Kỷ niệm 190 năm thành lập tỉnh Lạng Sơn (1831 - 2021)",
     "special", "2021-01-30", "2021-10-30", "", "2021-06", "2021-11", "", "1,2"),
    ("LS2021-TTTT",
     "Đợt thi đua đặc biệt chào mừng cuộc bầu cử và Kỷ niệm 190 năm thành lập tỉnh Lạng Sơn của Sở TT&TT Lạng Sơn",
     "special", "2021-03-15", "2021-10-30", "", "2021-06", "2021-11", "", "1,2"),
    ("KG2021",
     "Phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2021 (Sở TT&TT Kiên Giang)",
     "annual", "2021-05-24", "2021-12-10", "2021-06-01", "", "2021-12", "2021-12-15", "1,2"),
    ("BK2022",
     "Phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022 (Sở TT&TT Bắc Kạn)",
     "annual", "2022-01-01", "2022-12-31", "", "2022-06", "2022-12", "2023-01-14", "1,2"),
]

# --------------------------------------------------------------------------
# 3. Indicators per campaign: code, name, uom, direction, aggregation, weight
# --------------------------------------------------------------------------
INDICATORS = {
    "BK2021-BAUCU": [
        ("B21-NV01", "Tham mưu ban hành kế hoạch, văn bản chỉ đạo công tác phục vụ bầu cử", "nhiệm vụ", "task", "latest", "1"),
        ("B21-TIN", "Số tin, bài tuyên truyền về cuộc bầu cử", "tin, bài", "at_least", "sum", "1"),
        ("B21-NV02", "Đảm bảo hệ thống thông tin liên lạc thông suốt, ổn định phục vụ bầu cử", "nhiệm vụ", "task", "latest", "1"),
        ("B21-SUCO", "Số sự cố mất an toàn thông tin mạng nghiêm trọng trong thời gian bầu cử", "sự cố", "at_most", "sum", "1"),
        ("B21-CUTRI", "Tỷ lệ CC, VC, NLĐ thuộc Sở tham gia bỏ phiếu", "%", "at_least", "latest", "1"),
        ("B21-TRUC", "Số ca trực giám sát, bảo đảm an toàn hệ thống thông tin", "ca trực", "at_least", "sum", "1"),
        ("B21-KTRA", "Số cuộc kiểm tra hoạt động bưu chính, báo chí phục vụ bầu cử", "cuộc", "at_least", "sum", "1"),
    ],
    "BK2022": [
        ("BK22-01", "Số xã, phường có trạm truyền thanh cơ sở hoạt động", "xã, phường", "at_least", "latest", "1"),
        ("BK22-02", "Tỷ lệ xã, phường có trạm truyền thanh cơ sở hoạt động tốt", "%", "at_least", "latest", "1"),
        ("BK22-03", "Tỷ lệ xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin và viễn thông", "%", "at_least", "latest", "1"),
        ("BK22-04", "Tỷ lệ phủ sóng thông tin di động 3G, 4G tại thôn, bản, tổ dân phố", "%", "at_least", "latest", "1"),
        ("BK22-05", "Tỷ lệ phủ sóng thông tin di động 5G tại các trung tâm thị trấn, thành phố", "%", "at_least", "latest", "1"),
        ("BK22-06", "Tỷ lệ ngầm hóa mạng cáp viễn thông tại các khu đô thị", "%", "at_least", "latest", "1"),
        ("BK22-07", "Tỷ lệ các điểm bưu chính có người phục vụ", "%", "at_least", "min", "1"),
        ("BK22-08", "Tỷ lệ TTHC có phát sinh hồ sơ tiếp nhận hoặc trả kết quả qua dịch vụ BCCI cấp tỉnh", "%", "at_least", "latest", "1"),
        ("BK22-09", "Tỷ lệ TTHC có phát sinh hồ sơ tiếp nhận hoặc trả kết quả qua dịch vụ BCCI cấp huyện", "%", "at_least", "latest", "1"),
        ("BK22-10", "Tỷ lệ cung cấp dịch vụ công trực tuyến mức độ 4", "%", "at_least", "latest", "2"),
        ("BK22-11", "Tỷ lệ hồ sơ giải quyết dịch vụ công trực tuyến trên tổng số hồ sơ phát sinh", "%", "at_least", "latest", "1"),
        ("BK22-12", "Tỷ lệ cuộc họp cấp ủy, chính quyền, đoàn thể được tổ chức trực tuyến", "%", "at_least", "average", "1"),
        ("BK22-13", "Chỉ số chuyển đổi số cấp tỉnh (DTI) - thứ hạng", "bậc", "rank_up", "latest", "2"),
        ("BK22-NV1", "Đề án tổng thể về chuyển đổi số tỉnh Bắc Kạn giai đoạn 2021-2025, định hướng đến năm 2030", "nhiệm vụ", "task", "latest", "1,5"),
        ("BK22-NV2", "Ban hành danh mục CSDL chuyên ngành của tỉnh theo Nghị định số 47/2020/NĐ-CP", "nhiệm vụ", "task", "latest", "1,5"),
    ],
    "KG2021": [
        ("KG21-VBDT", "Tỷ lệ văn bản điện tử gửi qua mạng giữa các cơ quan nhà nước (trừ văn bản mật)", "%", "at_least", "latest", "1"),
        ("KG21-DVC34", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 của Sở trên Cổng dịch vụ công tỉnh", "%", "at_least", "latest", "1"),
        ("KG21-LOPMXH", "Số lớp tập huấn tuyên truyền kỹ năng sử dụng mạng xã hội trong thời đại 4.0", "lớp", "at_least", "sum", "1"),
        ("KG21-LOPCNTT", "Số lớp tập huấn, bồi dưỡng kiến thức về công nghệ thông tin", "lớp", "at_least", "sum", "1"),
        ("KG21-THUEBAO", "Tổng số thuê bao Internet băng rộng (cố định và di động)", "thuê bao", "at_least", "latest", "1"),
        ("KG21-THANHTRA", "Số cuộc thanh tra, kiểm tra lĩnh vực thông tin và truyền thông", "cuộc", "at_least", "sum", "1"),
        ("KG21-HOTRO", "Số lượt hỗ trợ, khắc phục sự cố từ xa thư công vụ cho các cơ quan nhà nước", "lượt", "at_least", "sum", "1"),
        ("KG21-TTHC", "Số thủ tục hành chính cập nhật trên hệ thống một cửa điện tử", "thủ tục", "at_least", "sum", "1"),
    ],
    "LS2021": [
        ("LS21-GRDP", "Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) - tốc độ tăng trưởng", "tỷ đồng", "increase_by", "latest", "2"),
        ("LS21-NTM", "Số xã đạt chuẩn nông thôn mới tăng thêm", "xã", "at_least", "sum", "1"),
        ("LS21-NTMNC", "Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", "xã", "at_least", "sum", "1"),
        ("LS21-DUONGXA", "Tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông", "%", "at_least", "latest", "1"),
        ("LS21-DUONGTHON", "Tỷ lệ thôn có đường ô tô đến trung tâm thôn được cứng hóa", "%", "at_least", "latest", "1"),
        ("LS21-THUNS", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "at_least", "sum", "2"),
        ("LS21-TRUONG", "Số trường học đạt chuẩn quốc gia tăng thêm", "trường", "at_least", "sum", "1"),
        ("LS21-XAYTE", "Số xã đạt Bộ tiêu chí quốc gia về y tế xã tăng thêm", "xã", "at_least", "sum", "1"),
        ("LS21-BACSI", "Số bác sỹ trên 1 vạn dân", "bác sỹ/vạn dân", "at_least", "latest", "1"),
        ("LS21-GIUONG", "Số giường bệnh trên 1 vạn dân", "giường/vạn dân", "at_least", "latest", "1"),
        ("LS21-BHYT", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "at_least", "latest", "1"),
        ("LS21-HONGHEO", "Tỷ lệ hộ nghèo (giảm từ 3 điểm % trở lên)", "%", "at_most", "latest", "1"),
        ("LS21-CUTRI", "Tỷ lệ cử tri đi bầu cử", "%", "at_least", "latest", "1"),
        ("LS21-TNGT", "Số vụ tai nạn giao thông (giảm từ 5% trở lên so với cùng kỳ)", "vụ", "reduce_by", "sum", "1"),
        ("LS21-TNGT-CHET", "Số người chết do tai nạn giao thông (giảm từ 5% trở lên so với cùng kỳ)", "người", "reduce_by", "sum", "1"),
        ("LS21-TNGT-BT", "Số người bị thương do tai nạn giao thông (giảm từ 5% trở lên so với cùng kỳ)", "người", "reduce_by", "sum", "1"),
        ("LS21-PPHS", "Số vụ phạm pháp hình sự (giảm từ 3% trở lên so với cùng kỳ)", "vụ", "reduce_by", "sum", "1"),
        ("LS21-DVCTT", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 (vượt chỉ tiêu Nghị quyết 17/NQ-CP từ 5% trở lên)", "%", "increase_by", "latest", "1"),
        ("LS21-CQDT", "Xếp hạng xây dựng Chính quyền điện tử của tỉnh", "bậc", "rank_up", "latest", "1"),
    ],
    "LS2021-TTTT": [
        ("LT-BCXA", "Tỷ lệ xã có điểm phục vụ bưu chính có người phục vụ", "%", "at_least", "latest", "1"),
        ("LT-CQHGD", "Tỷ lệ hộ gia đình được phủ mạng băng rộng cáp quang", "%", "at_least", "latest", "1"),
        ("LT-CQXA", "Tỷ lệ xã, phường có mạng băng rộng cáp quang", "%", "at_least", "latest", "1"),
        ("LT-THON", "Tỷ lệ thôn được phủ sóng di động hoặc Internet", "%", "at_least", "latest", "1"),
        ("LT-SMART", "Tỷ lệ người sử dụng điện thoại di động dùng điện thoại thông minh", "%", "at_least", "latest", "1"),
        ("LT-TBTM", "Tỷ lệ gia đình có sử dụng ít nhất 01 thiết bị thông minh", "%", "at_least", "latest", "1"),
        ("LT-DVCTT", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 (vượt chỉ tiêu Nghị quyết 17/NQ-CP từ 5% trở lên)", "%", "increase_by", "latest", "1"),
        ("LT-CQDT", "Xếp hạng xây dựng Chính quyền điện tử của tỉnh", "bậc", "rank_up", "latest", "1"),
        ("LT-CUTRI", "Tỷ lệ CC, VC, NLĐ tham gia bầu cử", "%", "at_least", "latest", "1"),
        ("LT-TIN", "Số tin, bài tuyên truyền về bầu cử và Kỷ niệm 190 năm thành lập tỉnh trên Trang TTĐT Sở", "tin, bài", "at_least", "sum", "1"),
        ("LT-NV-TTLL", "Đảm bảo thông tin liên lạc phục vụ chỉ đạo, điều hành công tác bầu cử", "nhiệm vụ", "task", "latest", "1"),
        ("LT-NV-TTCS", "Xây dựng Đề án nâng cao hiệu quả hoạt động thông tin cơ sở giai đoạn 2021-2030", "nhiệm vụ", "task", "latest", "1"),
        ("LT-NV-IOC", "Thí điểm Trung tâm Điều hành đô thị thông minh tại thành phố Lạng Sơn", "nhiệm vụ", "task", "latest", "1"),
    ],
}

# --------------------------------------------------------------------------
# 4. Targets: campaign, indicator, unit, target, target_max, baseline, deadline, ACTUAL
#    ACTUAL drives the invented measurements (not written to targets.csv):
#      "97,2"              final aggregated actual at the campaign's last month
#      "97,2<90"           same, with the first month's value given (latest series)
#      {"2021-05": "100"}  explicit month -> value rows
#      "done:2022-05"      task reported done (value 1) in that month
#      None                no data at all for this target
# --------------------------------------------------------------------------
T = []
def t(c, ind, unit, target, actual, tmax="", base="", deadline=""):
    T.append((c, ind, unit, target, tmax, base, deadline, actual))

# ---- BK2021-BAUCU (plan 001; targets invented from §II "Nội dung thi đua" and §III.2 criteria) ----
c = "BK2021-BAUCU"
t(c, "B21-NV01", "BK-VP", "1", "done:2021-03", deadline="2021-03")
t(c, "B21-NV02", "BK-BCVT", "1", "done:2021-05", deadline="2021-05")
t(c, "B21-TIN", "BK-TTBCXB", "150", "162")
t(c, "B21-TIN", "BK-TTBCXB-01", "40", "46")
t(c, "B21-TIN", "BK-TTBCXB-02", "30", "30")
t(c, "B21-SUCO", "BK-TTTT", "0", "0")
t(c, "B21-SUCO", "BK-CNTT", "0", "0")
t(c, "B21-TRUC", "BK-TTTT-01", "60", "66")
t(c, "B21-TRUC", "BK-CNTT-01", "40", "36")
t(c, "B21-KTRA", "BK-TTRA", "3", "3")
for u in ("BK-VP", "BK-TTRA", "BK-BCVT", "BK-CNTT", "BK-TTBCXB", "BK-TTTT"):
    t(c, "B21-CUTRI", u, "100", {"2021-05": "100"})

# ---- BK2022 (plan 003, §II.1 "Chỉ tiêu" (1)-(13) and "Nhiệm vụ" (1)-(2)) ----
c = "BK2022"
t(c, "BK22-01", "BK-TTBCXB", "100", "100<93")
t(c, "BK22-02", "BK-TTBCXB", "96", "97,2<91,5")
t(c, "BK22-03", "BK-TTBCXB", "90", "91,5<84")
t(c, "BK22-02", "BK-TTBCXB-02", "96", "96<92")          # individual in charge: meets exactly
t(c, "BK22-04", "BK-BCVT", "100", "100<98,2")
t(c, "BK22-05", "BK-BCVT", "10", "12<0")
t(c, "BK22-06", "BK-BCVT", "25", "21,5<17")              # lags: BK-BCVT not all targets met
t(c, "BK22-07", "BK-BCVT", "100", "100")
t(c, "BK22-08", "BK-BCVT", "50", "58<41")
t(c, "BK22-09", "BK-BCVT", "50", "47<35")                # lags
t(c, "BK22-08", "BK-BCVT-02", "50", "55<41")
t(c, "BK22-10", "BK-CNTT", "82", "84,6<76")
t(c, "BK22-11", "BK-CNTT", "25", "27,3<18")
t(c, "BK22-13", "BK-CNTT", "2", {"2022-06": "50", "2022-11": "47"}, base="52")
t(c, "BK22-NV1", "BK-CNTT", "1", "done:2022-05", deadline="2022-06")
t(c, "BK22-10", "BK-CNTT-01", "82", "85<77")
t(c, "BK22-12", "BK-TTTT", "5", "5,6")
t(c, "BK22-NV2", "BK-TTTT", "1", "done:2022-11", deadline="2022-09")   # late: ratio 0,5

# ---- KG2021 (plan 002, §II.4 "Mục tiêu") ----
c = "KG2021"
t(c, "KG21-VBDT", "KG-STTTT", "95", "97,8<93,1")
t(c, "KG21-DVC34", "KG-STTTT", "50", "48<39")            # lags: the Sở as a whole misses 50%
t(c, "KG21-VBDT", "KG-VP", "95", "99<94")
t(c, "KG21-THANHTRA", "KG-TTRA", "4", "4")
t(c, "KG21-THUEBAO", "KG-BCVT", "1.110.000", "1.126.450<1.061.200")
t(c, "KG21-LOPCNTT", "KG-CNTT", "5", "5")
t(c, "KG21-LOPCNTT", "KG-CNTT-01", "3", "3")
t(c, "KG21-LOPMXH", "KG-TTBCXB", "7", "6")                 # lags
t(c, "KG21-LOPMXH", "KG-TTBCXB-01", "4", "4")
t(c, "KG21-HOTRO", "KG-TTTT", "443", "468")
t(c, "KG21-TTHC", "KG-TTTT", "744", "744")
t(c, "KG21-HOTRO", "KG-TTTT-01", "200", "215")

# ---- LS2021-TTTT (plan 000, §II.1-2) ----
c = "LS2021-TTTT"
t(c, "LT-BCXA", "LS-BCVT", "100", "100<97,3")
t(c, "LT-CQHGD", "LS-BCVT", "60", "63,8<55,2")
t(c, "LT-CQXA", "LS-BCVT", "100", "100<96,5")
t(c, "LT-THON", "LS-BCVT", "90", "92,4<86")
t(c, "LT-SMART", "LS-BCVT", "90", "91,2<84,7")
t(c, "LT-TBTM", "LS-BCVT", "95", "93,1<88,4")            # lags
t(c, "LT-NV-TTLL", "LS-BCVT", "1", "done:2021-05", deadline="2021-05")
t(c, "LT-DVCTT", "LS-CNTT", "5", "32,4<30,6", base="30")
t(c, "LT-CQDT", "LS-CNTT", "1", {"2021-07": "43"}, tmax="2", base="45")
t(c, "LT-NV-TTCS", "LS-TTBCXB", "1", "done:2021-08", deadline="2021-09")
t(c, "LT-NV-IOC", "LS-TTTT", "1", None)                   # never reported: no_data
t(c, "LT-TIN", "LS-TTBCXB", "120", "131")
t(c, "LT-TIN", "LS-TTBCXB-01", "30", "31")
t(c, "LT-TIN", "LS-VP-01", "20", "23")
t(c, "LT-TIN", "LS-TTTT-01", "25", "26")
for u in ("LS-VP", "LS-BCVT", "LS-CNTT", "LS-TTBCXB", "LS-TTTT"):
    t(c, "LT-CUTRI", u, "100", {"2021-05": "100"})

# ---- LS2021 (plan 004, §2.1-2.2); huyện shares of the province targets are invented ----
c = "LS2021"
t(c, "LS21-GRDP", "LS-SKHDT", "7", "21.832<21.650", tmax="7,5", base="20.500")   # +6,5 %: not met
t(c, "LS21-THUNS", "LS-STC", "5.835", "6.124")
t(c, "LS21-DUONGXA", "LS-SGTVT", "90,6", "90,6<88,9")
t(c, "LS21-DUONGTHON", "LS-SGTVT", "68", "65,2<62,7")    # lags
t(c, "LS21-XAYTE", "LS-SYT", "10", "10")
t(c, "LS21-BACSI", "LS-SYT", "11,1", "11,3<10,8")
t(c, "LS21-GIUONG", "LS-SYT", "31", "31,4<30,2")
t(c, "LS21-BHYT", "LS-SYT", "93,6", "94,1<92,8")
t(c, "LS21-TRUONG", "LS-SGDDT", "20", "22")
t(c, "LS21-HONGHEO", "LS-SLDTBXH", "6,86", "6,5<9,6", base="9,86")
t(c, "LS21-TNGT", "LS-CAT", "5", "114", base="120")      # exactly -5 %: met
t(c, "LS21-TNGT-CHET", "LS-CAT", "5", "76", base="80")   # exactly -5 %: met
t(c, "LS21-TNGT-BT", "LS-CAT", "5", "90", base="100")    # -10 %: ratio 2, capped 1,2 (score stays 110,00)
t(c, "LS21-PPHS", "LS-CAT", "3", "279", base="300")
t(c, "LS21-DVCTT", "LS-STTTT", "5", "32,4<30,6", base="30")
t(c, "LS21-CQDT", "LS-STTTT", "1", {"2021-07": "43"}, tmax="2", base="45")
#            unit          NTM  NTMNC  THUNS(target, actual)  TRUONG    HONGHEO(target, actual, base)  CUTRI
HUYEN = [
    ("LS-TPLS",    None,      None,      ("520", "548"), ("4", "4"), ("0,8", "0,9<1,2", "1,25"),   "98,7"),
    ("LS-CAOLOC",  ("2", "2"), ("2", "2"), ("180", "187"), ("3", "3"), ("8,5", "8,1<11,2", "11,5"),  "99,1"),
    ("LS-HUULUNG", ("3", "4"), ("2", "2"), ("95", "101"),  ("4", "5"), ("7,2", "7<10", "10,2"),     "99,4"),
    ("LS-CHILANG", ("2", "1"), ("1", "1"), ("70", "72"),   ("3", "3"), ("9,9", "10,4<12,7", "12,9"), "98,2"),
    ("LS-LOCBINH", ("2", "2"), None,      ("85", "79"),   ("3", "3"), ("13,1", None, "16,1"),      "99"),
    ("LS-VANLANG", ("1", "1"), None,      ("60", "66"),   ("3", "3"), ("14", "13,8<16,6", "17"),   "99,6"),
]
for u, ntm, ntmnc, thu, truong, ngheo, cutri in HUYEN:
    if ntm: t(c, "LS21-NTM", u, ntm[0], ntm[1])
    if ntmnc: t(c, "LS21-NTMNC", u, ntmnc[0], ntmnc[1])
    t(c, "LS21-THUNS", u, thu[0], thu[1])
    t(c, "LS21-TRUONG", u, truong[0], truong[1])
    t(c, "LS21-HONGHEO", u, ngheo[0], ngheo[1], base=ngheo[2])
    t(c, "LS21-CUTRI", u, "95", {"2021-05": cutri})
t(c, "LS21-TNGT", "LS-TPLS", "5", "36", base="40")
TARGETS = T

# --------------------------------------------------------------------------
# 5. Ratings: campaign, unit, rating, discipline, initiative
#    (see README "Award cases" for what each row is meant to exercise)
# --------------------------------------------------------------------------
EXC, GOOD, COMP, NOTC = "excellent", "good", "completed", "not_completed"
RATINGS = [
    # BK2021-BAUCU
    ("BK2021-BAUCU", "BK-TTBCXB-01", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-TTBCXB-02", EXC, "none", "no"),
    ("BK2021-BAUCU", "BK-TTTT-01", EXC, "reprimand", "yes"),
    ("BK2021-BAUCU", "BK-TTTT-02", COMP, "none", "no"),
    ("BK2021-BAUCU", "BK-TTTT-03", GOOD, "none", "no"),
    ("BK2021-BAUCU", "BK-CNTT-01", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-CNTT-02", EXC, "warning", "yes"),
    ("BK2021-BAUCU", "BK-VP-01", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-VP-02", GOOD, "none", "no"),
    ("BK2021-BAUCU", "BK-BCVT-01", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-BCVT-02", GOOD, "none", "no"),
    ("BK2021-BAUCU", "BK-TTRA-01", GOOD, "none", "yes"),
    ("BK2021-BAUCU", "BK-TTBCXB", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-VP", EXC, "none", "yes"),
    ("BK2021-BAUCU", "BK-BCVT", EXC, "none", "no"),
    # BK2022
    ("BK2022", "BK-BGD-01", EXC, "none", "yes"),
    ("BK2022", "BK-CNTT-01", EXC, "none", "yes"),
    ("BK2022", "BK-CNTT-02", GOOD, "none", "no"),
    ("BK2022", "BK-CNTT-03", GOOD, "none", "no"),
    ("BK2022", "BK-BCVT-01", EXC, "none", "no"),
    ("BK2022", "BK-BCVT-02", EXC, "none", "yes"),
    ("BK2022", "BK-TTBCXB-01", EXC, "none", "yes"),
    ("BK2022", "BK-TTBCXB-02", EXC, "none", "yes"),
    ("BK2022", "BK-TTTT-01", EXC, "none", "yes"),
    ("BK2022", "BK-TTTT-02", GOOD, "none", "no"),
    ("BK2022", "BK-TTTT-03", GOOD, "none", "no"),
    ("BK2022", "BK-VP-01", EXC, "none", "no"),
    ("BK2022", "BK-VP-02", GOOD, "none", "no"),
    ("BK2022", "BK-TTRA-01", GOOD, "none", "no"),
    ("BK2022", "BK-CNTT", EXC, "none", "yes"),
    ("BK2022", "BK-TTBCXB", EXC, "none", "no"),
    # KG2021
    ("KG2021", "KG-BGD-01", EXC, "none", "yes"),
    ("KG2021", "KG-VP-01", EXC, "none", "no"),
    ("KG2021", "KG-VP-02", GOOD, "none", "no"),
    ("KG2021", "KG-TTRA-01", EXC, "reprimand", "no"),
    ("KG2021", "KG-BCVT-01", EXC, "none", "yes"),
    ("KG2021", "KG-CNTT-01", EXC, "none", "yes"),
    ("KG2021", "KG-CNTT-02", EXC, "warning", "no"),
    ("KG2021", "KG-TTBCXB-01", EXC, "none", "no"),
    ("KG2021", "KG-TTTT-01", EXC, "none", "no"),
    ("KG2021", "KG-TTTT-02", GOOD, "none", "no"),
    ("KG2021", "KG-TTTT-03", GOOD, "none", "no"),
    ("KG2021", "KG-VP", EXC, "none", "yes"),
    ("KG2021", "KG-TTTT", EXC, "none", "yes"),
    # LS2021-TTTT
    ("LS2021-TTTT", "LS-VP-01", EXC, "none", "yes"),
    ("LS2021-TTTT", "LS-TTTT-01", EXC, "none", "yes"),
    ("LS2021-TTTT", "LS-TTTT-02", NOTC, "none", "no"),
    ("LS2021-TTTT", "LS-TTBCXB-01", COMP, "none", "no"),
    ("LS2021-TTTT", "LS-CNTT-01", EXC, "none", "yes"),
    ("LS2021-TTTT", "LS-CNTT-02", EXC, "none", "no"),
    ("LS2021-TTTT", "LS-BCVT-01", GOOD, "none", "no"),
    ("LS2021-TTTT", "LS-BCVT-02", EXC, "none", "no"),
    ("LS2021-TTTT", "LS-CNTT", EXC, "none", "yes"),
    # LS2021 (heads of sở/huyện; LS-VANLANG deliberately has no rated member)
    ("LS2021", "LS-BGD-01", EXC, "none", "yes"),
    ("LS2021", "LS-SKHDT-01", EXC, "none", "no"),
    ("LS2021", "LS-STC-01", EXC, "none", "yes"),
    ("LS2021", "LS-SGTVT-01", GOOD, "none", "no"),
    ("LS2021", "LS-SYT-01", EXC, "none", "no"),
    ("LS2021", "LS-SGDDT-01", EXC, "reprimand", "no"),
    ("LS2021", "LS-SLDTBXH-01", COMP, "none", "no"),
    ("LS2021", "LS-CAT-01", EXC, "none", "no"),
    ("LS2021", "LS-TPLS-01", EXC, "warning", "no"),
    ("LS2021", "LS-CAOLOC-01", GOOD, "none", "no"),
    ("LS2021", "LS-HUULUNG-01", EXC, "none", "no"),
    ("LS2021", "LS-CHILANG-01", EXC, "none", "no"),
    ("LS2021", "LS-LOCBINH-01", GOOD, "none", "no"),
    ("LS2021", "LS-STTTT", EXC, "none", "yes"),
    ("LS2021", "LS-STC", EXC, "none", "yes"),
    ("LS2021", "LS-SYT", EXC, "none", "yes"),
    ("LS2021", "LS-HUULUNG", EXC, "none", "yes"),
    ("LS2021", "LS-SGDDT", EXC, "none", "no"),
    ("LS2021", "LS-CAT", EXC, "none", "no"),
]

# --------------------------------------------------------------------------
# 6. Award forms: campaign, code, name, level, recipient, quota, min_rating,
#    require_initiative, require_all_targets, quota_scope (v2). A quota of None is
#    no limit (written empty); quota_scope "cluster" counts the quota per cluster.
# --------------------------------------------------------------------------
AWARD_FORMS = [
    # plan 001 §III.1.b (quotas) and §III.2 (criteria)
    ("BK2021-BAUCU", "BK21-GK-TT", "Giấy khen của Giám đốc Sở (tập thể)", "Giám đốc Sở", "collective", 2, EXC, "no", "yes", "campaign"),
    ("BK2021-BAUCU", "BK21-GK-CN", "Giấy khen của Giám đốc Sở (cá nhân)", "Giám đốc Sở", "individual", 3, EXC, "yes", "yes", "campaign"),
    ("BK2021-BAUCU", "BK21-BK-UB", "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "any", 2, EXC, "yes", "yes", "campaign"),
    # plan 003 §III.1.b (form) and §III.2 (criteria); quotas invented
    ("BK2022", "BK22-GK-TT", "Giấy khen của Giám đốc Sở (tập thể)", "Giám đốc Sở", "collective", 2, EXC, "no", "yes", "campaign"),
    ("BK2022", "BK22-GK-CN", "Giấy khen của Giám đốc Sở (cá nhân)", "Giám đốc Sở", "individual", 3, EXC, "yes", "yes", "campaign"),
    # invented: the Sở proposes the UBND tỉnh's Cờ thi đua for the collective leading each khối (v2: quota per cluster)
    ("BK2022", "BK22-CO", "Cờ thi đua của UBND tỉnh", "Chủ tịch UBND tỉnh", "collective", 1, EXC, "no", "yes", "cluster"),
    # plan 002 has no award section: forms, quotas and criteria invented (usual practice)
    ("KG2021", "KG21-GK-TT", "Giấy khen của Giám đốc Sở (tập thể)", "Giám đốc Sở", "collective", 2, EXC, "no", "yes", "campaign"),
    ("KG2021", "KG21-GK-CN", "Giấy khen của Giám đốc Sở (cá nhân)", "Giám đốc Sở", "individual", 3, EXC, "no", "yes", "campaign"),
    # a title has no quota (v2: empty): every eligible good or excellent staff member is proposed
    ("KG2021", "KG21-LDTT", "Danh hiệu Lao động tiên tiến", "Giám đốc Sở", "individual", None, GOOD, "no", "no", "campaign"),
    # plan 000 §II.2 ("khen thưởng và đề nghị UBND tỉnh khen thưởng"): forms and quotas invented
    ("LS2021-TTTT", "LT-GK-TT", "Giấy khen của Giám đốc Sở (tập thể)", "Giám đốc Sở", "collective", 2, EXC, "no", "yes", "campaign"),
    ("LS2021-TTTT", "LT-GK-CN", "Giấy khen của Giám đốc Sở (cá nhân)", "Giám đốc Sở", "individual", 3, EXC, "yes", "yes", "campaign"),
    ("LS2021-TTTT", "LT-BK-UB", "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "any", 1, EXC, "yes", "yes", "campaign"),
    # plan 004 has no award section: forms and quotas invented
    # "Cờ thi đua cho đơn vị dẫn đầu cụm, khối" (v2: one per cluster, the plan's "cụm thi đua của tỉnh", l. 87)
    ("LS2021", "LS21-CO", "Cờ thi đua của UBND tỉnh", "Chủ tịch UBND tỉnh", "collective", 1, EXC, "yes", "yes", "cluster"),
    ("LS2021", "LS21-BK-TT", "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", "Chủ tịch UBND tỉnh", "collective", 2, EXC, "no", "yes", "campaign"),
    ("LS2021", "LS21-BK-CN", "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", "Chủ tịch UBND tỉnh", "individual", 2, EXC, "no", "yes", "campaign"),
]

# --------------------------------------------------------------------------
# 7. Cluster names (clusters.csv, v2): code, name, note. Real where a plan names the
#    cluster (plan 002 l. 81 "Khối thi đua - Khối 3"; plan 000 l. 86 "Cụm TĐ VH-XH";
#    the "phòng, đơn vị thuộc Sở" of plans 000 and 002); the others are invented.
# --------------------------------------------------------------------------
CLUSTERS = [
    ("BK-KHOI1", "Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn", "Tên đặt cho dữ liệu mẫu"),
    ("BK-KHOI2", "Khối đơn vị sự nghiệp thuộc Sở TT&TT Bắc Kạn", "Tên đặt cho dữ liệu mẫu"),
    ("KG-KHOI3", "Khối thi đua - Khối 3", "Kế hoạch của Sở TT&TT Kiên Giang, phần Nơi nhận"),
    ("KG-PHONG", "Các phòng, đơn vị thuộc Sở TT&TT Kiên Giang", ""),
    ("LS-CUM-KT", "Cụm thi đua Kinh tế – Tổng hợp", "Tên đặt cho dữ liệu mẫu"),
    ("LS-CUM-NC", "Cụm thi đua Nội chính", "Tên đặt cho dữ liệu mẫu"),
    ("LS-CUM-VHXH", "Cụm thi đua Văn hóa – Xã hội", "Kế hoạch của Sở TT&TT Lạng Sơn: Cụm TĐ VH-XH (Sở Y tế, Đài PTTH)"),
    ("LS-KHOI-HUYEN", "Khối thi đua các huyện, thành phố", "Tên đặt cho dữ liệu mẫu"),
    ("LS-PHONG", "Các phòng, đơn vị thuộc Sở TT&TT Lạng Sơn", ""),
]

# --------------------------------------------------------------------------
# 8. Registrations (registrations.csv, v2): campaign, unit, form ("" = the campaign
#    itself), date, note. All invented. KG2021's deadline is real ("Đăng ký thi đua: Hết
#    ngày 01/6/2021", plan 002 l. 53), so its Danh hiệu Lao động tiên tiến requires
#    registration: KG-VP-02 registers late, KG-TTTT-03 not at all, KG-TTBCXB registers
#    the campaign late. BK2022 has no deadline: every date counts; BK-TTRA and BK-TTTT
#    do not register.
# --------------------------------------------------------------------------
REQUIRE_REGISTRATION = {("KG2021", "KG21-LDTT")}
REGISTRATIONS = [
    ("KG2021", "KG-STTTT", "", "2021-05-28", "Đăng ký cùng Khối thi đua - Khối 3"),
    ("KG2021", "KG-VP", "", "2021-05-31", ""),
    ("KG2021", "KG-VP", "KG21-GK-TT", "2021-05-31", ""),
    ("KG2021", "KG-TTRA", "", "2021-06-01", "Đăng ký đúng ngày hết hạn"),
    ("KG2021", "KG-BCVT", "", "2021-05-31", ""),
    ("KG2021", "KG-CNTT", "", "2021-06-01", ""),
    ("KG2021", "KG-TTBCXB", "", "2021-06-04", "Gửi bản đăng ký sau hạn"),
    ("KG2021", "KG-TTTT", "", "2021-05-31", ""),
    ("KG2021", "KG-BGD-01", "KG21-LDTT", "2021-05-28", ""),
    ("KG2021", "KG-VP-01", "KG21-LDTT", "2021-05-31", ""),
    ("KG2021", "KG-VP-02", "KG21-LDTT", "2021-06-03", "Đăng ký muộn"),
    ("KG2021", "KG-TTRA-01", "KG21-LDTT", "2021-06-01", ""),
    ("KG2021", "KG-BCVT-01", "KG21-LDTT", "2021-05-28", ""),
    ("KG2021", "KG-CNTT-01", "KG21-LDTT", "2021-05-31", ""),
    ("KG2021", "KG-CNTT-02", "KG21-LDTT", "2021-05-31", ""),
    ("KG2021", "KG-TTBCXB-01", "KG21-LDTT", "2021-06-01", ""),
    ("KG2021", "KG-TTTT-01", "KG21-LDTT", "2021-05-31", ""),
    ("KG2021", "KG-TTTT-02", "KG21-LDTT", "2021-05-31", ""),
    ("BK2022", "BK-VP", "", "2022-01-10", ""),
    ("BK2022", "BK-CNTT", "", "2022-01-12", ""),
    ("BK2022", "BK-CNTT", "BK22-CO", "2022-01-12", "Đăng ký Cờ thi đua của UBND tỉnh"),
    ("BK2022", "BK-TTBCXB", "", "2022-01-14", ""),
    ("BK2022", "BK-BCVT", "", "2022-02-20", ""),
]

# Notes attached to some measurement rows: (campaign, unit, indicator, period) -> note
NOTES = {
    ("KG2021", "KG-BCVT", "KG21-THUEBAO", "2021-12"): "Cố định và di động; số liệu của các doanh nghiệp viễn thông",
    ("LS2021", "LS-SKHDT", "LS21-GRDP", "2021-10"): "Ước tính cả năm, giá so sánh 2010",
    ("LS2021", "LS-STC", "LS21-THUNS", "2021-10"): "Số liệu nhanh; chờ Kho bạc đối chiếu",
    ("LS2021", "LS-CAOLOC", "LS21-NTM", "2021-08"): 'Xã Thạch Đạn được công nhận "đạt chuẩn nông thôn mới"',
    ("BK2022", "BK-CNTT", "BK22-13", "2022-11"): "Kết quả tự đánh giá, ước xếp hạng DTI",
    ("BK2022", "BK-TTTT", "BK22-NV2", "2022-11"): "Hoàn thành chậm so với hạn 9/2022",
    ("BK2021-BAUCU", "BK-VP", "B21-NV01", "2021-03"): "Kế hoạch số 01/KH-STTTT",
    ("LS2021-TTTT", "LS-CNTT", "LT-CQDT", "2021-07"): "Bộ TT&TT công bố xếp hạng năm 2020",
}

# ==========================================================================
# Helpers
# ==========================================================================
def D(s):
    """Parse a Vietnamese-culture number string: '1.110.000' -> 1110000, '90,6' -> 90.6."""
    return Decimal(s.replace(".", "").replace(",", "."))


def decimals_of(s):
    return len(s.split(",")[1]) if "," in s else 0


def vi(d):
    """Format a Decimal in vi culture: thousands '.', decimal ','; no trailing zeros."""
    d = Decimal(d)
    neg = d < 0
    s = format(abs(d), "f")
    ip, _, fp = s.partition(".")
    fp = fp.rstrip("0")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    return ("-" if neg else "") + ".".join(groups) + ("," + fp if fp else "")


def months(start, end):
    y, m = int(start[:4]), int(start[5:7])
    ey, em = int(end[:4]), int(end[5:7])
    out = []
    while (y, m) <= (ey, em):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def q(d, n):
    return Decimal(d).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


CAMP = {c[0]: c for c in CAMPAIGNS}
REG = {(r[0], r[1], r[2]): r[3] for r in REGISTRATIONS}
IND = {(c, i[0]): i for c, lst in INDICATORS.items() for i in lst}


def measurement_months(camp):
    c = CAMP[camp]
    ms = months(c[3], c[4])
    # LS2021 was launched on 30/01/2021; its months are calendar months (SPEC §3 v2), so January's figures are its
    # first report, and a flow's share at June is 6 of 10 months
    return ms


def series(camp, ind, unit, actual):
    """Monthly (period, value-string) rows for one target."""
    _, _, _, direction, agg, _ = IND[(camp, ind)]
    ms = measurement_months(camp)
    if actual is None:
        return []
    if isinstance(actual, dict):
        return sorted(actual.items())
    if actual.startswith("done:"):
        return [(actual[5:], "1")]
    rng = random.Random(f"{camp}|{unit}|{ind}")
    start = None
    if "<" in actual:
        actual, start = actual.split("<")
    n = len(ms)
    dec = max(decimals_of(actual), decimals_of(start or ""))
    F = D(actual)
    if agg == "sum":
        total = int(F * 10 ** dec)
        weights = [0.6 + rng.random() for _ in ms]
        sw = sum(weights)
        parts = [int(total * w / sw) for w in weights]
        rest = total - sum(parts)
        order = sorted(range(n), key=lambda i: -weights[i])
        for i in range(rest):
            parts[order[i % n]] += 1
        return [(m, vi(Decimal(p).scaleb(-dec))) for m, p in zip(ms, parts)]
    if agg == "min":
        return [(m, vi(F)) for m in ms]
    if agg == "average":
        dec = max(dec, 1)
        vals = [q(F + Decimal(rng.uniform(-0.8, 0.8)), dec) for _ in ms[:-1]]
        last = F * n - sum(vals)
        vals.append(q(last, dec))
        assert sum(vals) / n == F and last >= 0, (camp, unit, ind)
        return [(m, vi(v)) for m, v in zip(ms, vals)]
    # latest: creep from start to the final value, small deterministic jitter
    S = D(start) if start is not None else F
    out = []
    prev = None
    for i, m in enumerate(ms):
        if i == n - 1:
            v = F
        else:
            frac = Decimal(i) / Decimal(n - 1)
            v = S + (F - S) * frac
            step = abs(F - S) / Decimal(n) if n else 0
            v += Decimal(rng.uniform(-0.3, 0.3)) * step
            v = q(v, dec)
            if prev is not None:  # keep the series monotonic towards F
                v = max(v, prev) if F >= S else min(v, prev)
            v = min(v, F) if F >= S else max(v, F)
        prev = v
        out.append((m, vi(v)))
    return out


# ==========================================================================
# Validation (the rules of the brief / SPEC §3, §5)
# ==========================================================================
def validate(measurements):
    codes = {u[0] for u in UNITS}
    assert len(codes) == len(UNITS), "duplicate unit code"
    kinds = {u[0]: u[2] for u in UNITS}
    for code, name, kind, parent, cluster in UNITS:
        assert code.isascii() and name[0] not in "=+-@", code
        assert not parent or parent in codes, code
        assert unicodedata.is_normalized("NFC", name)
        if kind == I:
            assert parent and kinds[parent] == C, code
    for c in CAMPAIGNS:
        assert c[1][0] not in "=+-@"
    tkeys = set()
    for camp, ind, unit, target, tmax, base, deadline, _ in TARGETS:
        assert (camp, ind) in IND and unit in codes, (camp, ind, unit)
        key = (camp, unit, ind)
        assert key not in tkeys, key
        tkeys.add(key)
        direction = IND[(camp, ind)][3]
        Tv = D(target)
        if direction in ("at_least", "reduce_by", "increase_by", "rank_up"):
            assert Tv > 0, key
        if direction == "at_most":
            assert Tv >= 0, key
        if direction in ("reduce_by", "increase_by", "rank_up"):
            assert base, key
            if direction != "rank_up":
                assert D(base) > 0, key
        if direction == "task":
            assert Tv == 1
        ms = months(CAMP[camp][3], CAMP[camp][4])
        if deadline:
            assert deadline in ms, key
    seen = set()
    for camp, unit, ind, period, value, note in measurements:
        assert (camp, unit, ind) in tkeys, (camp, unit, ind)
        assert period in months(CAMP[camp][3], CAMP[camp][4]), (camp, unit, ind, period)
        assert (camp, unit, ind, period) not in seen
        seen.add((camp, unit, ind, period))
    for camp, unit, *_ in RATINGS:
        assert unit in codes and camp in CAMP, unit
    for f in AWARD_FORMS:
        assert f[0] in CAMP and f[2][0] not in "=+-@"
    for camp in CAMP:
        assert any(f[0] == camp for f in AWARD_FORMS), camp
    # v2: every cluster a unit names has a name; registrations name a unit, and a form of their campaign
    assert {u[4] for u in UNITS if u[4]} == {k[0] for k in CLUSTERS}, "clusters.csv must name every cluster"
    units_by_code = {u[0]: u for u in UNITS}
    for camp, unit, form, day, _ in REGISTRATIONS:
        assert camp in CAMP and unit in units_by_code, (camp, unit)
        assert not form or any(f[0] == camp and f[1] == form for f in AWARD_FORMS), (camp, form)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day), day
    assert len({(r[0], r[1], r[2]) for r in REGISTRATIONS}) == len(REGISTRATIONS), "duplicate registration"


# ==========================================================================
# Writing
# ==========================================================================
def write_csv(name, header, rows, folder=HERE, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([unicodedata.normalize("NFC", str(x)) for x in r])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def build_measurements():
    rows = []
    for camp, ind, unit, target, tmax, base, deadline, actual in TARGETS:
        for period, value in series(camp, ind, unit, actual):
            rows.append((camp, unit, ind, period, value, NOTES.get((camp, unit, ind, period), "")))
    order = {c[0]: i for i, c in enumerate(CAMPAIGNS)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2], r[3]))
    return rows


# ==========================================================================
# Reference evaluator of SPEC §3-§4 (independent of the C# implementation)
# ==========================================================================
RANK = {EXC: 4, GOOD: 3, COMP: 2, NOTC: 1}
DISC = {"none": 0, "": 0, "reprimand": 1, "warning": 2, "dismissal": 3}


def evaluate(camp, meas):
    c = CAMP[camp]
    P = months(c[3], c[4])[-1]
    cap = D(c[9]) if c[9] else Decimal("1.2")
    res = {}   # unit -> list of (indicator, ratio or None, status)
    for cc, ind, unit, target, tmax, base, deadline, _ in TARGETS:
        if cc != camp:
            continue
        _, _, _, direction, agg, weight = IND[(camp, ind)]
        vals = sorted((p, D(v)) for (mc, mu, mi, p, v, _) in meas if (mc, mu, mi) == (camp, unit, ind) and p <= P)
        Tv, Bv = D(target), (D(base) if base else None)
        if not vals:
            ratio, status = None, "no_data"
        else:
            xs = [v for _, v in vals]
            if direction == "task":
                done = [p for p, v in vals if v >= 1]
                dl = deadline or P
                ratio = Decimal(0) if not done else (Decimal(1) if min(done) <= dl else Decimal("0.5"))
            else:
                A = {"sum": sum(xs), "latest": xs[-1], "average": sum(xs) / len(xs),
                     "max": max(xs), "min": min(xs)}[agg]
                if direction == "at_least":
                    ratio = A / Tv
                elif direction == "at_most":
                    ratio = cap if A == 0 else Tv / A
                elif direction == "reduce_by":
                    ratio = ((Bv - A) / Bv) / (Tv / 100)
                elif direction == "increase_by":
                    ratio = ((A - Bv) / Bv) / (Tv / 100)
                elif direction == "rank_up":
                    ratio = (Bv - A) / Tv
            ratio = q(ratio, 4)
            status = "exceeded" if ratio > 1 else "met" if ratio == 1 else "not_met"
        res.setdefault(unit, []).append((ind, D(weight), ratio, status))
    score = {}
    for unit, lst in res.items():
        sw = sum(w for _, w, _, _ in lst)
        s = sum(w * min(max(r or Decimal(0), Decimal(0)), cap) for _, w, r, _ in lst)
        score[unit] = q(100 * s / sw, 2)
    met = {u: sum(1 for x in lst if x[3] in ("met", "exceeded")) for u, lst in res.items()}
    return res, score, met


def ranking(camp, meas):
    res, score, met = evaluate(camp, meas)
    units = {u[0]: u for u in UNITS}
    groups = {}
    for u in res:
        groups.setdefault((units[u][4], units[u][2]), []).append(u)
    rows = []
    for (cl, kind) in sorted(groups, key=lambda g: (g[0], 0 if g[1] == C else 1)):
        us = sorted(groups[(cl, kind)], key=lambda u: (-score[u], -met[u], u))
        for u in us:
            rank = 1 + sum(1 for o in us if (score[o], met[o]) > (score[u], met[u]))
            rows.append((camp, cl, kind, rank, u, score[u], met[u], len(res[u])))
    return rows


def awards(camp, meas):
    res, score, met = evaluate(camp, meas)
    units = {u[0]: u for u in UNITS}
    rat = {r[1]: r for r in RATINGS if r[0] == camp}
    out = []
    for f in [f for f in AWARD_FORMS if f[0] == camp]:
        _, code, name, level, recip, quota, minr, req_init, req_all, scope = f
        cands = []
        for u in units.values():
            kind = u[2]
            if recip != "any" and kind != recip:
                continue
            if kind == C and u[0] not in res:
                continue
            if kind == I and u[0] not in res and u[0] not in rat:
                continue
            cands.append(u[0])
        elig, inel = [], []
        for u in cands:
            kind = units[u][2]
            r = rat.get(u)
            allmet = all(x[3] in ("met", "exceeded") for x in res.get(u, []))
            why = []
            if kind == I:
                if not r or not r[2] or RANK[r[2]] < RANK[minr]:
                    why.append("rating below " + minr)
                if r and DISC[r[3]] >= 2:
                    why.append("discipline " + r[3])
                if req_init == "yes" and not (r and r[4] == "yes"):
                    why.append("no initiative")
                if req_all == "yes" and not allmet:
                    why.append("targets not all met")
            else:
                if not allmet:
                    why.append("targets not all met")
                mem = [rat[m] for m in rat if units[m][3] == u and units[m][2] == I]
                if not mem:
                    why.append("no rated members")
                else:
                    if any(RANK.get(m[2], 0) < RANK[GOOD] for m in mem):
                        why.append("member rated below good")
                    if not any(m[2] == EXC for m in mem):
                        why.append("no excellent member")
                    if any(DISC[m[3]] >= 2 for m in mem):
                        why.append("member disciplined")
                if r and DISC[r[3]] >= 2:
                    why.append("discipline " + r[3])
                if req_init == "yes" and not (r and r[4] == "yes"):
                    why.append("no initiative")
            # v2: a form requiring registration counts only one on or before the deadline (none: any date)
            if (camp, code) in REQUIRE_REGISTRATION:
                reg = REG.get((camp, u, code))
                deadline = CAMP[camp][5]
                if reg is None:
                    why.append("not registered")
                elif deadline and reg > deadline:
                    why.append("registered late")
            (inel if why else elig).append((u, why))
        def key(u):
            return (score.get(u, Decimal(0)), met.get(u, 0), 1 if (rat.get(u) and rat[u][4] == "yes") else 0)
        elig.sort(key=lambda x: tuple(-k for k in key(x[0])) + (x[0],))
        # v2: a cluster-scoped form allocates each cluster on its own (no cluster = one group)
        group = (lambda u: units[u][4] or "") if scope == "cluster" else (lambda u: "")
        status = {}
        for g in sorted({group(u) for u, _ in elig}):
            ge = [x for x in elig if group(x[0]) == g]
            if quota is None:
                for u, _ in ge:
                    status[u] = "proposed"
            elif len(ge) > quota and quota > 0 and key(ge[quota - 1][0]) == key(ge[quota][0]):
                bk = key(ge[quota - 1][0])
                for u, _ in ge:
                    status[u] = "tie_at_quota" if key(u) == bk else "proposed" if key(u) > bk else "eligible_over_quota"
            else:
                for i, (u, _) in enumerate(ge):
                    status[u] = "proposed" if i < quota else "eligible_over_quota"
        for u, why in elig + inel:
            st = status.get(u, "ineligible")
            out.append((camp, code, units[u][2], u, st, score.get(u, ""), met.get(u, 0),
                        "yes" if (rat.get(u) and rat[u][4] == "yes") else "no", "; ".join(why),
                        units[u][4] or "" if scope == "cluster" else ""))
    so = {"proposed": 0, "tie_at_quota": 1, "eligible_over_quota": 2, "ineligible": 3}
    out.sort(key=lambda r: (r[1], so[r[4]], -(r[5] if r[5] != "" else Decimal(-1)), r[3]))
    return out


# --------------------------------------------------------------------------
# 8. Closed periods and the council's decisions (v2). All invented: the plans
#    end at the dossier deadline. Every campaign is finished, so each is closed
#    through its last month ("chốt số liệu" for the final review), and every
#    proposed or tied candidate gets a decision. Decision numbers and dates are
#    invented, dated after each plan's dossier deadline.
# --------------------------------------------------------------------------
CLOSING_REASON = "Chốt số liệu để tổng kết phong trào"
# form -> (so_quyet_dinh, ngay) of the act that approves its awards
DECISION_ACTS = {
    "BK21-GK-TT": ("112/QĐ-STTTT", "2021-06-04"), "BK21-GK-CN": ("112/QĐ-STTTT", "2021-06-04"),
    "BK21-BK-UB": ("1050/QĐ-UBND", "2021-06-18"),
    "LS21-CO": ("2280/QĐ-UBND", "2021-11-26"), "LS21-BK-TT": ("2280/QĐ-UBND", "2021-11-26"), "LS21-BK-CN": ("2280/QĐ-UBND", "2021-11-26"),
    "LT-GK-TT": ("315/QĐ-STTTT", "2021-11-19"), "LT-GK-CN": ("315/QĐ-STTTT", "2021-11-19"), "LT-BK-UB": ("2281/QĐ-UBND", "2021-11-26"),
    "KG21-GK-TT": ("498/QĐ-STTTT", "2021-12-28"), "KG21-GK-CN": ("498/QĐ-STTTT", "2021-12-28"), "KG21-LDTT": ("499/QĐ-STTTT", "2021-12-28"),
    "BK22-GK-TT": ("25/QĐ-STTTT", "2023-02-08"), "BK22-GK-CN": ("25/QĐ-STTTT", "2023-02-08"), "BK22-CO": ("286/QĐ-UBND", "2023-02-20"),
}
# (form, unit) -> (decision, note): the cases that are not a plain approval. A deferral or a refusal is recorded in the
# council's minutes, not in an act: no decision number.
DECISION_EXCEPTIONS = {
    ("BK21-GK-CN", "BK-VP-01"): ("approved", "Hội đồng chọn trong hai trường hợp bằng điểm ở suất cuối"),
    ("BK21-GK-CN", "BK-BCVT-01"): ("deferred", "Bằng điểm ở suất cuối; đã đủ số lượng khen, xét lại ở đợt sau"),
    ("KG21-LDTT", "KG-TTRA-01"): ("rejected", "Hồ sơ đề nghị nộp sau hạn 15/12/2021"),
    ("BK22-GK-CN", "BK-TTBCXB-02"): ("deferred", "Chờ kết quả kiểm tra hồ sơ"),
}


def decisions(aw):
    out = []
    for r in aw:
        camp, form, _, unit, status = r[:5]
        if status not in ("proposed", "tie_at_quota"):
            continue
        decision, note = DECISION_EXCEPTIONS.get((form, unit), ("approved", ""))
        ref, day = DECISION_ACTS[form]
        out.append((camp, form, unit, decision, ref if decision == "approved" else "", day, note))
    assert all(k in {(o[1], o[2]) for o in out} for k in DECISION_EXCEPTIONS), "an exception names no candidate"
    return out


def main():
    meas = build_measurements()
    validate(meas)
    n = {}
    n["units.csv"] = write_csv("units.csv", ["code", "name", "kind", "parent", "cluster"], UNITS)
    n["campaigns.csv"] = write_csv("campaigns.csv", ["code", "name", "kind", "start", "end", "registration_deadline",
                                                     "midterm_review", "final_review", "dossier_deadline", "score_cap"], CAMPAIGNS)
    n["indicators.csv"] = write_csv("indicators.csv", ["campaign", "code", "name", "uom", "direction", "aggregation", "weight"],
                                    [(c,) + i for c in INDICATORS for i in INDICATORS[c]])
    n["targets.csv"] = write_csv("targets.csv", ["campaign", "indicator", "unit", "target", "target_max", "baseline", "deadline"],
                                 [(c, i, u, vi(D(tg)), vi(D(tm)) if tm else "", vi(D(b)) if b else "", dl)
                                  for c, i, u, tg, tm, b, dl, _ in TARGETS])
    n["measurements.csv"] = write_csv("measurements.csv", ["campaign", "unit", "indicator", "period", "value", "note"], meas)
    n["ratings.csv"] = write_csv("ratings.csv", ["campaign", "unit", "rating", "discipline", "initiative"], RATINGS)
    n["award_forms.csv"] = write_csv("award_forms.csv", ["campaign", "code", "name", "level", "recipient", "quota", "min_rating",
                                                         "require_initiative", "require_all_targets", "quota_scope", "require_registration"],
                                     [f[:5] + ("" if f[5] is None else f[5],) + f[6:]
                                      + ("yes" if (f[0], f[1]) in REQUIRE_REGISTRATION else "no",) for f in AWARD_FORMS])
    n["clusters.csv"] = write_csv("clusters.csv", ["code", "name", "note"], CLUSTERS)
    n["registrations.csv"] = write_csv("registrations.csv", ["campaign", "unit", "form", "date", "note"], REGISTRATIONS)
    # expected results (invariant culture, comma) computed by the reference evaluator above
    exp = os.path.join(HERE, "expected")
    rk = [r for c in CAMP for r in ranking(c, meas)]
    aw = [r for c in CAMP for r in awards(c, meas)]
    write_csv("ranking.csv", ["campaign", "cluster", "kind", "rank", "unit", "score", "met", "assigned"],
              [r[:5] + (format(r[5], ".2f"),) + r[6:] for r in rk], exp, ",")
    write_csv("awards.csv", ["campaign", "form", "recipient_kind", "unit", "status", "score", "met", "initiative", "failed_criteria",
                             "cluster"],
              [r[:5] + (format(r[5], ".2f") if r[5] != "" else "",) + r[6:] for r in aw], exp, ",")
    # Not files of an import kind alone: periods.csv is the demo loader's "close" step (docs/periods.md), which must
    # come before award_decisions.csv (decisions are accepted once the last month is closed).
    n["periods.csv"] = write_csv("periods.csv", ["campaign", "month", "reason"],
                                 [(c[0], c[4][:7], CLOSING_REASON) for c in CAMPAIGNS])
    n["award_decisions.csv"] = write_csv("award_decisions.csv", ["campaign", "form", "unit", "decision", "reference", "date", "note"],
                                         decisions(aw))
    for k, v in n.items():
        print(f"{k:18} {v:5d} rows")
    if "--check" in sys.argv:
        for r in aw:
            print(*r, sep=" | ")


if __name__ == "__main__":
    main()
