package vn.lienthong.exchange;

import java.util.List;

/**
 * One year of a register (sổ đăng ký văn bản đi / đến) as Decree 30/2020 lays it out: ten columns, one row per
 * document, already written as the clerk reads them. The screen, the PDF and the XLSX all show this same sheet.
 */
public record RegisterSheet(RegisterKind kind, RegisterSeries series, String agencyCode, String agencyName, int year,
                            List<String> columns, List<List<String>> rows) {

    public static final List<String> OUTGOING_COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");

    public static final List<String> INCOMING_COLUMNS = List.of("Ngày đến", "Số đến", "Tác giả",
            "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận",
            "Ngày chuyển", "Ký nhận", "Ghi chú");

    public RegisterSheet {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a register row has " + row.size() + " cells, not " + columns.size());
            }
        }
    }

    /** The register's heading, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM 2026". */
    public String title() {
        String what = kind == RegisterKind.INCOMING ? "VĂN BẢN ĐẾN"
                : series == RegisterSeries.SECRET ? "VĂN BẢN ĐI (MẬT)" : "VĂN BẢN ĐI";
        return "SỔ ĐĂNG KÝ " + what + " – NĂM " + year;
    }

    /** A file name without diacritics, e.g. {@code so-van-ban-di-2026-000.00.11.H29}. */
    public String fileName() {
        String what = kind == RegisterKind.INCOMING ? "den" : series == RegisterSeries.SECRET ? "di-mat" : "di";
        return "so-van-ban-" + what + "-" + year + "-" + agencyCode;
    }
}
