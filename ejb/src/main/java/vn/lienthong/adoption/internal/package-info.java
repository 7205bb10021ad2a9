/**
 * Machinery of the adoption capability: the byte-level Postfix/Dovecot log parser, syslog timestamps,
 * event identities and the in-memory tallies behind {@link vn.lienthong.adoption.MailLogImporter}.
 */
package vn.lienthong.adoption.internal;
