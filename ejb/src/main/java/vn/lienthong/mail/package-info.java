/**
 * Thư điện tử công vụ: the leaders' webmail over IMAP and SMTP, with HTML made safe to show and S/MIME signatures
 * checked and made. The public face is {@link vn.lienthong.mail.Mailbox}, {@link vn.lienthong.mail.MessageHtml},
 * {@link vn.lienthong.mail.SmimeVerifier} and {@link vn.lienthong.mail.SmimeSigner}.
 */
package vn.lienthong.mail;
