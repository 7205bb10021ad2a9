package vn.lienthong.mail;

/**
 * An attachment as listed under a message; {@link Mailbox#attachment} downloads it.
 *
 * @param partPath    where the part sits in the message, e.g. {@code 2} or {@code 1.3}
 * @param fileName    a safe file name: no path, no control characters
 * @param contentType the declared type only, which must not be trusted to be right
 * @param size        the encoded size in bytes as the server reports it, or -1
 */
public record AttachmentInfo(String partPath, String fileName, String contentType, int size) {
}
