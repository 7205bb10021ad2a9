package vn.lienthong.audit;

/** How an action ended: refusals are recorded too, since a refused attempt is itself evidence. */
public enum AuditOutcome {
    SUCCESS,
    REFUSED,
    FAILED
}
