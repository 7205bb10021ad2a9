package vn.lienthong.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import vn.lienthong.mail.Draft;
import vn.lienthong.mail.MailAccount;
import vn.lienthong.mail.MailAddress;
import vn.lienthong.mail.MessageView;
import vn.lienthong.mail.PartContent;
import vn.lienthong.platform.InvalidInputException;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds outgoing messages from drafts, and reply and forward drafts from messages read. */
public final class Composer {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter QUOTE_DATE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|tl|trả lời)\\s*:.*");
    private static final Pattern FORWARD_PREFIX = Pattern.compile("(?i)^\\s*(fwd?|chuyển tiếp)\\s*:.*");

    private Composer() {
    }

    public static MimeMessage message(Session session, MailAccount account, Draft draft, Instant now,
                                      boolean needsRecipient) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from(account));
        message.setRecipients(Message.RecipientType.TO, addresses(draft.to()));
        message.setRecipients(Message.RecipientType.CC, addresses(draft.cc()));
        message.setRecipients(Message.RecipientType.BCC, addresses(draft.bcc()));
        if (needsRecipient && (message.getAllRecipients() == null || message.getAllRecipients().length == 0)) {
            throw new InvalidInputException("mail.recipient.required");
        }
        message.setSubject(draft.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        if (draft.inReplyTo() != null) {
            message.setHeader("In-Reply-To", draft.inReplyTo());
        }
        if (draft.references() != null) {
            message.setHeader("References", draft.references());
        }
        if (draft.attachments().isEmpty()) {
            message.setText(draft.text(), "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(draft.text(), "UTF-8");
            mixed.addBodyPart(body);
            for (PartContent attachment : draft.attachments()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    public static MimeBodyPart attachmentPart(PartContent attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(
                new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
        part.setFileName(FileNames.safe(attachment.fileName()));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        // A file that happens to be ASCII (a small PDF, a CSV) would go 7bit and have its line ends rewritten.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Reply to the sender (Reply-To when given), or to everyone but the leader themself. */
    public static Draft reply(MimeMessage original, MessageView view, MailAccount account, boolean all)
            throws MessagingException {
        Address[] replyTo = original.getReplyTo();
        Map<String, String> to = new LinkedHashMap<>();
        Map<String, String> cc = new LinkedHashMap<>();
        add(to, replyTo != null && replyTo.length > 0 ? replyTo : original.getFrom());
        if (all) {
            add(to, original.getRecipients(Message.RecipientType.TO));
            add(cc, original.getRecipients(Message.RecipientType.CC));
        }
        String self = account.address().toLowerCase(Locale.ROOT);
        to.remove(self);
        cc.remove(self);
        cc.keySet().removeAll(to.keySet());
        if (to.isEmpty() && !cc.isEmpty()) {
            // Replying to one's own sent message: answer its recipients.
            to.putAll(cc);
            cc.clear();
        }
        String messageId = original.getMessageID();
        String references = join(original.getHeader("References", " "), messageId);
        return new Draft(new ArrayList<>(to.values()), new ArrayList<>(cc.values()), List.of(),
                prefixed("Re: ", REPLY_PREFIX, view.subject()), quote(view), List.of(), messageId, references);
    }

    public static Draft forward(MessageView view, List<PartContent> attachments) {
        StringBuilder text = new StringBuilder("\r\n\r\n---------- Thư chuyển tiếp ----------\r\n");
        text.append("Từ: ").append(view.from() == null ? "" : view.from().full()).append("\r\n");
        if (view.date() != null) {
            text.append("Ngày: ").append(QUOTE_DATE.format(view.date().atZone(VIETNAM))).append("\r\n");
        }
        text.append("Tiêu đề: ").append(view.subject()).append("\r\n");
        text.append("Tới: ").append(String.join(", ", view.to().stream().map(MailAddress::full).toList())).append("\r\n\r\n");
        text.append(bodyText(view));
        return new Draft(List.of(), List.of(), List.of(), prefixed("Fwd: ", FORWARD_PREFIX, view.subject()),
                text.toString(), attachments, null, null);
    }

    /** A saved draft as the leader left it, to go on writing: recipients, subject, text, attachments, thread. */
    public static Draft reopen(MimeMessage saved, MessageView view, List<PartContent> attachments)
            throws MessagingException {
        return new Draft(recipients(saved, Message.RecipientType.TO), recipients(saved, Message.RecipientType.CC),
                recipients(saved, Message.RecipientType.BCC), view.subject(), bodyText(view), attachments,
                saved.getHeader("In-Reply-To", null), saved.getHeader("References", " "));
    }

    private static List<String> recipients(MimeMessage saved, Message.RecipientType type) throws MessagingException {
        Map<String, String> addresses = new LinkedHashMap<>();
        add(addresses, saved.getRecipients(type));
        return new ArrayList<>(addresses.values());
    }

    private static String quote(MessageView view) {
        StringBuilder quoted = new StringBuilder("\r\n\r\n");
        quoted.append("Vào lúc ");
        quoted.append(view.date() == null ? "" : QUOTE_DATE.format(view.date().atZone(VIETNAM)));
        quoted.append(", ").append(view.from() == null ? "" : view.from().full()).append(" đã viết:\r\n");
        for (String line : bodyText(view).split("\r?\n", -1)) {
            quoted.append("> ").append(line).append("\r\n");
        }
        return quoted.toString();
    }

    /** The body as plain text: the text part, or the sanitised HTML with its tags taken out. */
    private static String bodyText(MessageView view) {
        if (view.text() != null) {
            return view.text();
        }
        if (view.html() == null) {
            return "";
        }
        return view.html().html()
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</li>|</h\\d>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#61;", "=").replace("&#64;", "@").replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String prefixed(String prefix, Pattern already, String subject) {
        String s = subject == null ? "" : subject;
        return already.matcher(s).matches() ? s : prefix + s;
    }

    private static void add(Map<String, String> into, Address[] addresses) {
        if (addresses == null) {
            return;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet) {
                into.putIfAbsent(internet.getAddress().toLowerCase(Locale.ROOT), internet.toUnicodeString());
            }
        }
    }

    private static String join(String references, String messageId) {
        if (messageId == null) {
            return references;
        }
        return references == null ? messageId : references + " " + messageId;
    }

    private static InternetAddress from(MailAccount account) throws MessagingException {
        try {
            return new InternetAddress(account.address(), account.displayName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 missing", e);
        }
    }

    private static InternetAddress[] addresses(List<String> typed) {
        List<InternetAddress> parsed = new ArrayList<>();
        for (String entry : typed) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                for (InternetAddress address : InternetAddress.parse(entry, true)) {
                    address.validate();
                    parsed.add(address);
                }
            } catch (AddressException e) {
                throw new InvalidInputException("mail.address.invalid", entry.strip());
            }
        }
        return parsed.toArray(InternetAddress[]::new);
    }
}
