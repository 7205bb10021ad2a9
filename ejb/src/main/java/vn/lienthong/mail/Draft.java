package vn.lienthong.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message being written: new, a reply or a forward. Addresses are as the leader typed them and are checked
 * when the draft is saved or sent.
 *
 * @param inReplyTo  the Message-ID answered, or {@code null}
 * @param references the thread's Message-IDs, or {@code null}
 */
public record Draft(List<String> to, List<String> cc, List<String> bcc, String subject, String text,
                    List<PartContent> attachments, String inReplyTo, String references) {

    public Draft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        subject = Objects.requireNonNullElse(subject, "");
        text = Objects.requireNonNullElse(text, "");
        attachments = List.copyOf(attachments);
    }

    /** A new message with no thread. */
    public static Draft of(List<String> to, String subject, String text, List<PartContent> attachments) {
        return new Draft(to, List.of(), List.of(), subject, text, attachments, null, null);
    }

    public Draft withAttachments(List<PartContent> more) {
        List<PartContent> all = new java.util.ArrayList<>(attachments);
        all.addAll(more);
        return new Draft(to, cc, bcc, subject, text, all, inReplyTo, references);
    }

    public Draft withText(String newText) {
        return new Draft(to, cc, bcc, subject, newText, attachments, inReplyTo, references);
    }
}
