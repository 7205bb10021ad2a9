package vn.lienthong.mail;

import java.time.Instant;

/**
 * One line of the message list, built from headers only.
 *
 * @param uid            the IMAP UID, stable within the folder
 * @param date           when it was sent, or when it arrived if the sender gave no date
 * @param size           the message's size in bytes on the server
 * @param hasAttachments a guess from the top-level content type (multipart/mixed), without downloading anything
 * @param signed         whether the content type says S/MIME signed
 */
public record MessageSummary(long uid, String subject, MailAddress from, Instant date, boolean seen,
                             boolean flagged, int size, boolean hasAttachments, boolean signed) {
}
