package vn.lienthong.exchange;

/**
 * Tên loại văn bản (Decree 30/2020, appendix III), with the abbreviation used in notations ({@code QĐ} in
 * {@code 15/QĐ-UBND}). A công văn has no abbreviation: its notation names the issuing unit. Names found in packages
 * that are not listed here map to {@link #OTHER}, and the package's own name is kept beside it.
 */
public enum DocumentType {
    OFFICIAL_LETTER("Công văn", ""),
    DECISION("Quyết định", "QĐ"),
    SUBMISSION("Tờ trình", "TTr"),
    REPORT("Báo cáo", "BC"),
    NOTICE("Thông báo", "TB"),
    PLAN("Kế hoạch", "KH"),
    RESOLUTION("Nghị quyết", "NQ"),
    DIRECTIVE("Chỉ thị", "CT"),
    GUIDANCE("Hướng dẫn", "HD"),
    PROGRAMME("Chương trình", "CTr"),
    MINUTES("Biên bản", "BB"),
    INVITATION("Giấy mời", "GM"),
    OFFICIAL_TELEGRAM("Công điện", "CĐ"),
    OTHER("Khác", "");

    private final String label;
    private final String abbreviation;

    DocumentType(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    public String label() {
        return label;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The type a name denotes, however it is accented or cased ({@code "cong van"}, {@code "CÔNG VĂN"}). */
    public static DocumentType fromName(String name) {
        String folded = VietnameseText.fold(name);
        for (DocumentType t : values()) {
            if (t != OTHER && VietnameseText.fold(t.label).equals(folded)) {
                return t;
            }
        }
        return OTHER;
    }
}
