package vn.lienthong.exchange;

/** How a paper dispatch (chuyển bản giấy) was carried to its recipients. */
public enum CarriageMethod {
    BY_HAND("Giao trực tiếp"),
    POSTAL("Bưu điện"),
    COURIER("Chuyển phát nhanh"),
    /** Giao liên: the liaison courier that classified documents travel with. */
    LIAISON("Giao liên"),
    OTHER("Khác");

    private final String label;

    CarriageMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
