package vn.lienthong.mail;

/**
 * One address from a message's header.
 *
 * @param address  the e-mail address
 * @param personal the name shown with it, or {@code null}
 */
public record MailAddress(String address, String personal) {

    /** The name when there is one, else the address: what a list shows. */
    public String display() {
        return personal == null || personal.isBlank() ? address : personal;
    }

    /** The header form, "Name <address>", for To and Cc fields. */
    public String full() {
        return personal == null || personal.isBlank() ? address : personal + " <" + address + ">";
    }
}
