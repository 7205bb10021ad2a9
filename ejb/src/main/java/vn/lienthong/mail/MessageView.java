package vn.lienthong.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A message opened for reading. The body is either {@code html} (already sanitised) or {@code text}, or both when
 * the sender sent both; pages prefer the HTML.
 *
 * @param text        the plain-text body, or {@code null}
 * @param html        the sanitised HTML body, or {@code null}
 * @param inlineParts Content-IDs of the inline images the HTML may show
 * @param smime       the signature verdict, {@link SmimeVerdict#NOT_SIGNED} for most mail
 * @param markedRead  whether this reading marked the message read (it was unread), so that an unread count kept
 *                    by the caller can go down by one without asking the server again
 */
public record MessageView(String folder, long uid, String subject, MailAddress from, List<MailAddress> to,
                          List<MailAddress> cc, Instant date, String text, SafeHtml html,
                          List<AttachmentInfo> attachments, List<String> inlineParts, SmimeVerdict smime,
                          boolean markedRead) {

    public MessageView {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        inlineParts = List.copyOf(inlineParts);
    }

    /** The same message with the signature's problem, if any, said in the reader's language. */
    public MessageView inLanguage(Locale locale) {
        return smime == null ? this : new MessageView(folder, uid, subject, from, to, cc, date, text, html, attachments,
                inlineParts, smime.inLanguage(locale), markedRead);
    }
}
