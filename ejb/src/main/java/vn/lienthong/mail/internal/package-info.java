/**
 * Machinery behind the mail capability: the sanitiser policy, the MIME tree walk, Bouncy Castle plumbing and the
 * mapping of Jakarta Mail failures to domain exceptions. Other capabilities never use it directly.
 */
package vn.lienthong.mail.internal;
