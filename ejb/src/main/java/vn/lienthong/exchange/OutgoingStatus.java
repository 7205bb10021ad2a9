package vn.lienthong.exchange;

/** Where an outgoing document (văn bản đi) stands at its sender. */
public enum OutgoingStatus {
    /** Dự thảo: being prepared; no number yet. */
    DRAFT,
    /** Đã cấp số: numbered in the agency's register, ready to sign and send. */
    ISSUED,
    /** Đã gửi: deliveries to every recipient are on their way. */
    SENT,
    /** Chuyển bản giấy: a carved-out document recorded as a paper dispatch. */
    PAPER_DISPATCHED,
    /** Đã thu hồi: recalled; the record is frozen. */
    RECALLED,
    /**
     * Bị giữ lại: marked ordinary, but a file's text carries a secrecy stamp. Not issued or sent until a leader of
     * the agency releases it or re-marks it as classified.
     */
    HELD,
    /** Đã thay thế: another document replaced it at a recipient; the record is frozen as a recalled one is. */
    REPLACED;

    /** Whether the document left through the exchange: sent, and still so once recalled or replaced after. */
    public boolean sentElectronically() {
        return this == SENT || this == RECALLED || this == REPLACED;
    }
}
