/**
 * Machinery of the adoption capability: the byte-level Postfix/Dovecot log parser and its parallel pipeline, syslog
 * timestamps, event identities and the in-memory tallies behind {@link vn.lienthong.adoption.MailLogImporter}; the
 * store, with its per-day and per-month aggregates, and the figures' reads.
 */
package vn.lienthong.adoption.internal;
