/**
 * Nhật ký: who did what, when, to which document or account, and how it ended. Entries are chained by SHA-256 hash
 * so that a changed or deleted entry is found by {@link vn.lienthong.audit.AuditTrail#verify()}.
 */
package vn.lienthong.audit;
