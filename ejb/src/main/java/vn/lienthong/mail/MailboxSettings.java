package vn.lienthong.mail;

import java.time.Clock;
import java.util.Objects;

/**
 * How the city's mail server names its special folders, which signatures LienThong trusts, and its clock.
 *
 * @param sentFolder   where sent mail is filed
 * @param draftsFolder where drafts are saved
 * @param trashFolder  where deleted mail goes
 */
public record MailboxSettings(String sentFolder, String draftsFolder, String trashFolder,
                              SmimeVerifier verifier, Clock clock) {

    public MailboxSettings {
        Objects.requireNonNull(sentFolder, "sentFolder");
        Objects.requireNonNull(draftsFolder, "draftsFolder");
        Objects.requireNonNull(trashFolder, "trashFolder");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(clock, "clock");
    }

    /** Dovecot's and GreenMail's usual names: Sent, Drafts, Trash. */
    public static MailboxSettings standard(SmimeVerifier verifier, Clock clock) {
        return new MailboxSettings("Sent", "Drafts", "Trash", verifier, clock);
    }
}
