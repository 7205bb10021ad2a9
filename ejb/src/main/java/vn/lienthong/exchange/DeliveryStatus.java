package vn.lienthong.exchange;

import vn.lienthong.platform.InvalidInputException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a document stands at one recipient, with the edXML {@code StatusCode} that tells the sender.
 * The legal moves are the table in {@link #mayMoveTo}; {@link Delivery} applies them.
 */
public enum DeliveryStatus {
    ARRIVED("01", "Đã đến"),
    RETURNED("02", "Từ chối tiếp nhận"),
    ACCEPTED("03", "Đã tiếp nhận"),
    ASSIGNED("04", "Đã phân công"),
    IN_PROGRESS("05", "Đang xử lý"),
    DONE("06", "Hoàn thành"),
    RECALL_REQUESTED("13", "Yêu cầu thu hồi"),
    RECALL_AGREED("15", "Đồng ý thu hồi"),
    RECALL_REFUSED("16", "Từ chối thu hồi");

    private static final Map<DeliveryStatus, Set<DeliveryStatus>> NEXT = new EnumMap<>(DeliveryStatus.class);

    static {
        NEXT.put(ARRIVED, EnumSet.of(ACCEPTED, RETURNED, RECALL_REQUESTED));
        NEXT.put(RETURNED, EnumSet.noneOf(DeliveryStatus.class));
        NEXT.put(ACCEPTED, EnumSet.of(ASSIGNED, RECALL_REQUESTED));
        NEXT.put(ASSIGNED, EnumSet.of(IN_PROGRESS, RECALL_REQUESTED));
        NEXT.put(IN_PROGRESS, EnumSet.of(DONE, RECALL_REQUESTED));
        NEXT.put(DONE, EnumSet.of(RECALL_REQUESTED));
        NEXT.put(RECALL_REQUESTED, EnumSet.of(RECALL_AGREED, RECALL_REFUSED));
        NEXT.put(RECALL_AGREED, EnumSet.noneOf(DeliveryStatus.class));
        // After a refused recall the recipient goes on from where it was: Delivery remembers that status.
        NEXT.put(RECALL_REFUSED, EnumSet.noneOf(DeliveryStatus.class));
    }

    private final String code;
    private final String label;

    DeliveryStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The two-digit edXML code, e.g. {@code "03"}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The label, for 13, 15 and 16 naming what was asked: "Yêu cầu thay thế" for a replacement. */
    public String label(RequestKind kind) {
        if (kind == null || !(this == RECALL_REQUESTED || answersRequest())) {
            return label;
        }
        String what = kind.label().toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case RECALL_REQUESTED -> "Yêu cầu " + what;
            case RECALL_AGREED -> "Đồng ý " + what;
            default -> "Từ chối " + what;
        };
    }

    public boolean mayMoveTo(DeliveryStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** No move leaves this status: the document was returned, or its recall agreed. */
    public boolean isFinal() {
        return this == RETURNED || this == RECALL_AGREED;
    }

    /** 15 or 16: the recipient's answer to a recall, update or replace request. */
    public boolean answersRequest() {
        return this == RECALL_AGREED || this == RECALL_REFUSED;
    }

    public static DeliveryStatus fromCode(String code) {
        String wanted = code == null ? "" : code.strip();
        for (DeliveryStatus s : values()) {
            if (s.code.equals(wanted)) {
                return s;
            }
        }
        throw new InvalidInputException("delivery.status.unknown", code);
    }
}
