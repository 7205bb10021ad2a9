package vn.lienthong.exchange;

/** Which register a number belongs to: số đi (outgoing) and số đến (incoming) run apart. */
public enum RegisterKind {
    OUTGOING,
    INCOMING
}
