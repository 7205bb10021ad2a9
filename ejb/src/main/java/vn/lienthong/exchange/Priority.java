package vn.lienthong.exchange;

/** Độ khẩn, with the edXML {@code OtherInfo/Priority} code. Urgent documents are sent first (Decision 28/2018). */
public enum Priority implements Coded {
    NORMAL(0, "Thường"),
    URGENT(1, "Khẩn"),
    VERY_URGENT(2, "Thượng khẩn"),
    FLASH(3, "Hỏa tốc"),
    FLASH_SCHEDULED(4, "Hỏa tốc hẹn giờ");

    private final int code;
    private final String label;

    Priority(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Priority fromCode(int code) {
        return Coded.fromCode(Priority.class, code, "document.priority.invalid");
    }
}
