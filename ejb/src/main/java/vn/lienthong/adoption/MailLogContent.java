package vn.lienthong.adoption;

import vn.lienthong.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Whether a file can be a mail-server log at all, by its first bytes: syslog is text, plain or gzip-compressed.
 * Without this a PDF or a spreadsheet uploaded by mistake "imported" with every line skipped and no warning.
 */
public final class MailLogContent {

    /** Enough of the start to tell text from binary; a log's first lines are all it takes. */
    static final int HEAD_BYTES = 64 * 1024;

    /** Known binary formats by their magic bytes, so that the refusal can say what the file is. */
    private enum Binary {
        PDF("PDF", "%PDF-"),
        ZIP("ZIP/DOCX/XLSX", "PK\u0003\u0004"),
        OLE("DOC/XLS", "\u00d0\u00cf\u0011\u00e0"),
        PNG("PNG", "\u0089PNG"),
        JPEG("JPEG", "\u00ff\u00d8\u00ff"),
        GIF("GIF", "GIF8"),
        BZIP2("bzip2", "BZh"),
        XZ("xz", "\u00fd7zXZ"),
        SEVEN_ZIP("7z", "7z\u00bc\u00af"),
        RAR("RAR", "Rar!");

        final String name;
        final byte[] magic;

        Binary(String name, String magic) {
            this.name = name;
            this.magic = new byte[magic.length()];
            for (int i = 0; i < magic.length(); i++) {
                this.magic[i] = (byte) magic.charAt(i);
            }
        }

        boolean starts(byte[] head, int length) {
            return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
        }
    }

    private MailLogContent() {
    }

    /**
     * Refuses a file that is neither text nor gzip-compressed text.
     *
     * @param name how the message names the file
     * @param log  the start of the file; read up to {@link #HEAD_BYTES} (decompressed), not closed
     */
    public static void requireText(String name, InputStream log) throws IOException {
        Optional<String> what = notText(log);
        if (what.isPresent()) {
            throw new InvalidInputException("adoption.import.notText", name, what.get());
        }
    }

    /** What the file looks like when it is not a text log (e.g. "PDF"), or empty when it can be one. */
    static Optional<String> notText(InputStream log) throws IOException {
        PushbackInputStream in = new PushbackInputStream(log, 2);
        byte[] magic = in.readNBytes(2);
        in.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        byte[] head = new byte[HEAD_BYTES];
        int length = 0;
        try {
            InputStream plain = gzip ? new GZIPInputStream(in) : in;
            length = plain.readNBytes(head, 0, head.length);
        } catch (IOException damaged) {
            // A gzip file damaged at its start: the importer reports the damage, which says more than "binary".
            return Optional.empty();
        }
        for (Binary binary : Binary.values()) {
            if (binary.starts(head, length)) {
                return Optional.of(binary.name);
            }
        }
        return binary(head, length) ? Optional.of(gzip ? "gzip (binary content)" : "binary data") : Optional.empty();
    }

    /**
     * Text in any ASCII-compatible encoding (UTF-8, the legacy Vietnamese ones) has no NUL and hardly any other
     * control byte; a few stray ones (a damaged line, an escape sequence) still leave a log a log.
     */
    private static boolean binary(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control > length / 100;
    }
}
