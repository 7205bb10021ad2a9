package vn.lienthong.mail;

/**
 * A folder (hộp thư) in the list on the left.
 *
 * @param fullName the server's full name, which identifies the folder in every other call
 * @param name     the last part of the name, to show
 * @param total    messages in it
 * @param unread   messages without the seen flag
 */
public record MailFolder(String fullName, String name, int total, int unread) {
}
