package vn.lienthong.exchange;

/** edXML {@code BussinessDocType}: what a package does to a document the recipient may already hold. */
public enum BusinessDocType implements Coded {
    NEW(0),
    /** Thu hồi. */
    REVOKE(1),
    UPDATE(2),
    REPLACE(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static BusinessDocType fromCode(int code) {
        return Coded.fromCode(BusinessDocType.class, code, "document.businessType.invalid");
    }
}
