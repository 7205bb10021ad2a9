package vn.lienthong.audit;

/** What was done. Names are stable: they are part of what the chain hashes. */
public enum AuditAction {
    ACCOUNT_OPENED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    ACCOUNT_PASSWORD_RESET,
    AGENCY_REGISTERED,
    DOCUMENT_CREATED,
    DOCUMENT_NUMBER_ISSUED,
    DOCUMENT_SENT,
    DOCUMENT_REFUSED_CARVE_OUT,
    DOCUMENT_DELIVERED,
    DOCUMENT_STATUS_CHANGED,
    DOCUMENT_RECALLED,
    FILE_VIEWED,
    AUDIT_VERIFIED,
    // webmail: the leader's own official mailbox (subject "mailbox:<address>", never a mail's subject or content)
    MAILBOX_OPENED,
    MAIL_SENT,
    MAIL_DRAFT_SAVED,
    MAIL_MOVED,
    MAIL_DELETED
}
