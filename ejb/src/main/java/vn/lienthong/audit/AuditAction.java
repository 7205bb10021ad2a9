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
    // signing
    FILE_SIGNED,
    /** A clerk accepted a document whose signatures were INDETERMINATE (detail: their note). */
    SIGNATURE_DECIDED,
    // Paper dispatch, recall / update / replace, agency administration (registers helper)
    PAPER_DISPATCH_RECORDED,
    DELIVERY_REQUESTED,
    DELIVERY_REQUEST_AGREED,
    DELIVERY_REQUEST_REFUSED,
    AGENCY_UPDATED,
    AGENCY_IMPORTED,
    // Files of documents, holding, edXML import
    FILE_ADDED,
    FILE_REMOVED,
    FILE_REPLACED,
    FILE_REFUSED,
    DOCUMENT_HELD,
    DOCUMENT_RELEASED,
    DOCUMENT_REMARKED,
    DOCUMENT_IMPORTED,
    // adoption audit
    OFFICIAL_RECORDED,
    OFFICIAL_LEFT,
    OFFICIALS_IMPORTED,
    MAIL_LOG_IMPORTED,
    CALENDAR_CORRECTED,
    ADOPTION_POLICY_CHANGED,
    ADOPTION_EXPORTED,
    // webmail: the leader's own official mailbox (subject "mailbox:<address>", never a mail's subject or content)
    MAILBOX_OPENED,
    MAIL_SENT,
    MAIL_DRAFT_SAVED,
    MAIL_MOVED,
    MAIL_DELETED,
    // session 3: gaps (đính chính of a recorded paper dispatch)
    PAPER_DISPATCH_CORRECTED
}
