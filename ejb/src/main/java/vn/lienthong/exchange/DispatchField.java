package vn.lienthong.exchange;

/** What a correction of a paper dispatch may change; never its number or series, which are the document's. */
public enum DispatchField {
    /** Ngày chuyển, as {@code yyyy-MM-dd}. */
    DISPATCHED_ON("Ngày chuyển"),
    /** Hình thức chuyển, as the {@link CarriageMethod} name. */
    CARRIAGE("Hình thức chuyển"),
    /** Số lượng bản. */
    COPIES("Số lượng bản"),
    /** Nơi nhận: agency codes and outside names, separated by "; ". */
    RECIPIENTS("Nơi nhận"),
    /** Ghi chú. */
    NOTE("Ghi chú");

    private final String label;

    DispatchField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
