package vn.lienthong.exchange;

/**
 * What a sender asks of a recipient about a document it already holds, as the edXML business types name it.
 * A recall and a replacement take the recipient's copy away once agreed; an update only amends it.
 */
public enum RequestKind {
    /** Thu hồi. */
    RECALL(BusinessDocType.REVOKE, "Thu hồi"),
    /** Cập nhật: the metadata changed; the recipient keeps its copy. */
    UPDATE(BusinessDocType.UPDATE, "Cập nhật"),
    /** Thay thế: another document replaces this one, which leaves the recipient's inbox. */
    REPLACE(BusinessDocType.REPLACE, "Thay thế");

    private final BusinessDocType businessType;
    private final String label;

    RequestKind(BusinessDocType businessType, String label) {
        this.businessType = businessType;
        this.label = label;
    }

    public BusinessDocType businessType() {
        return businessType;
    }

    public String label() {
        return label;
    }

    /** Whether agreeing takes the recipient's copy out of its inbox, which is what the delivery's 13/15/16 track. */
    public boolean removesCopy() {
        return this != UPDATE;
    }

    /** The history step's name, e.g. {@code RECALL_REQUESTED}: what the sender reads per recipient. */
    public String step(RequestAnswer answer) {
        return name() + "_" + answer.name();
    }
}
