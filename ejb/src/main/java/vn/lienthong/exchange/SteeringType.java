package vn.lienthong.exchange;

/** edXML {@code SteeringType}: whether the document directs the recipient. Real packages also send 0. */
public enum SteeringType implements Coded {
    UNSPECIFIED(0),
    NOT_STEERING(1),
    STEERING(2),
    STEERING_REPORT(3);

    private final int code;

    SteeringType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static SteeringType fromCode(int code) {
        return Coded.fromCode(SteeringType.class, code, "document.steeringType.invalid");
    }
}
