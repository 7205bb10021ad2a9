package vn.lienthong.signing;

/** The overall answer about a signature, as ETSI EN 319 102-1 names it. */
public enum Verdict {
    /** Intact, made by a certificate that chains to a trusted root and was good at signing time. */
    VALID,
    /** Must not be accepted: the clerk returns the document with the reason (edXML status 02). */
    INVALID,
    /** Neither proven good nor bad: a clerk decides, and the decision is audited. */
    INDETERMINATE;

    public String messageKey() {
        return "signature.verdict." + name();
    }
}
