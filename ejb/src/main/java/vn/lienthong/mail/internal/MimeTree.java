package vn.lienthong.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import vn.lienthong.mail.AttachmentInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Walks a message's MIME tree once and sorts its parts into body text, body HTML, inline images and attachments.
 * Part paths count from 1 like IMAP's (a single-part body is "1"), so that a path listed here finds the same part
 * again in {@link #part}. Reading a part of an IMAP message fetches only that part.
 */
public final class MimeTree {

    private String text;
    private String html;
    private final List<AttachmentInfo> attachments = new ArrayList<>();
    private final List<String> inlineIds = new ArrayList<>();

    private MimeTree() {
    }

    /** The part whose tree the reader sees: the message, or the content inside an opaque signed-data envelope. */
    public static Part readable(MimeMessage message) throws MessagingException, IOException {
        String type = message.getContentType();
        if (SmimeChecks.isSigned(type) && !message.isMimeType("multipart/signed")) {
            return SmimeChecks.opaqueContent(message);
        }
        return message;
    }

    public static MimeTree of(Part root) throws MessagingException, IOException {
        MimeTree tree = new MimeTree();
        if (root.isMimeType("multipart/*")) {
            tree.walk((Multipart) root.getContent(), "");
        } else {
            tree.leaf(root, "1", false);
        }
        return tree;
    }

    private void walk(Multipart multipart, String prefix) throws MessagingException, IOException {
        boolean alternative = new ContentType(multipart.getContentType()).match("multipart/alternative");
        boolean signed = new ContentType(multipart.getContentType()).match("multipart/signed");
        int count = signed ? 1 : multipart.getCount();  // the second part of multipart/signed is the signature
        for (int i = 0; i < count; i++) {
            BodyPart part = multipart.getBodyPart(i);
            String path = prefix + (i + 1);
            if (part.isMimeType("multipart/*")) {
                walk((Multipart) part.getContent(), path + ".");
            } else {
                leaf(part, path, alternative);
            }
        }
    }

    private void leaf(Part part, String path, boolean alternative) throws MessagingException, IOException {
        boolean explicitAttachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        String contentId = contentId(part);
        // Outlook gives inline images a file name too: the Content-ID is what makes them inline.
        if (!explicitAttachment && contentId != null && part.isMimeType("image/*")) {
            inlineIds.add(contentId);
            return;
        }
        boolean attachment = explicitAttachment || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain") && text == null) {
            text = textOf(part);
        } else if (!attachment && part.isMimeType("text/html") && html == null) {
            html = textOf(part);
        } else if (!(alternative && part.isMimeType("text/*"))) {
            attachments.add(new AttachmentInfo(path, fileName(part), baseType(part), part.getSize()));
        }
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public List<AttachmentInfo> attachments() {
        return List.copyOf(attachments);
    }

    public List<String> inlineIds() {
        return List.copyOf(inlineIds);
    }

    /** The part at an IMAP-style path such as "2" or "1.3", if there is one. */
    public static Optional<Part> part(Part root, String path) throws MessagingException, IOException {
        if (path == null || !path.matches("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3}){0,9}")) {
            return Optional.empty();
        }
        Part current = root;
        for (String step : path.split("\\.")) {
            int index = Integer.parseInt(step) - 1;
            if (current.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) current.getContent();
                if (index >= multipart.getCount()) {
                    return Optional.empty();
                }
                current = multipart.getBodyPart(index);
            } else if (index == 0 && current == root) {
                return Optional.of(root);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The inline part with this Content-ID, searched depth-first. */
    public static Optional<Part> byContentId(Part root, String contentId) throws MessagingException, IOException {
        if (contentId.equals(contentId(root))) {
            return Optional.of(root);
        }
        if (root.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) root.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<Part> found = byContentId(multipart.getBodyPart(i), contentId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    public static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return "application/octet-stream";
        }
    }

    /** The part's file name decoded (RFC 2047 or 2231) and made safe to offer for download. */
    public static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null && part.isMimeType("message/rfc822")) {
            name = "thu-dinh-kem.eml";
        }
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // Keep the encoded form: ugly but harmless.
            }
        }
        return FileNames.safe(name);
    }

    private static String contentId(Part part) throws MessagingException {
        if (!(part instanceof MimePart mime) || mime.getContentID() == null) {
            return null;
        }
        String id = mime.getContentID().trim();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        Object content;
        try {
            content = part.getContent();
        } catch (UnsupportedEncodingException e) {
            // An unknown charset: read the bytes as UTF-8, which is what Vietnamese mail mostly is anyway.
            return new String(bytes(part), StandardCharsets.UTF_8);
        }
        if (content instanceof String s) {
            return s;
        }
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        Charset decoding = charset != null && Charset.isSupported(MimeUtility.javaCharset(charset))
                ? Charset.forName(MimeUtility.javaCharset(charset)) : StandardCharsets.UTF_8;
        return new String(bytes(part), decoding);
    }

    /** Whether the message, seen from its top-level type, probably has attachments. */
    public static boolean probablyHasAttachments(Message message) throws MessagingException {
        return message.isMimeType("multipart/mixed");
    }
}
