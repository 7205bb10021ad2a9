package vn.lienthong.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.StoreClosedException;
import vn.lienthong.mail.MailLoginException;
import vn.lienthong.mail.MailServerUnavailableException;
import vn.lienthong.mail.UnknownMailFolderException;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.InvalidInputException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns Jakarta Mail's failures into the domain's named exceptions, so that the reader gets words and not a trace. */
public final class MailFailures {

    private static final Logger LOG = Logger.getLogger(MailFailures.class.getName());

    private MailFailures() {
    }

    /** @param address the mailbox concerned, for the message and the log (never the password, never content) */
    public static DomainException translate(MessagingException e, String address, String folder) {
        if (e instanceof AuthenticationFailedException) {
            LOG.log(Level.INFO, "Mail login refused for {0}", address);
            return new MailLoginException(address);
        }
        if (e instanceof FolderNotFoundException) {
            return new UnknownMailFolderException(folder);
        }
        if (e instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return new InvalidInputException("mail.send.rejected", join(sendFailed.getInvalidAddresses()));
        }
        String key = keyFor(e);
        LOG.log(Level.WARNING, "Mail server failure for " + address + " (" + key + "): " + e, e);
        return new MailServerUnavailableException(key);
    }

    private static String keyFor(MessagingException e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SocketTimeoutException) {
                return "mail.server.timeout";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof StoreClosedException || cause instanceof FolderClosedException) {
                return "mail.server.unreachable";
            }
        }
        return "mail.server.error";
    }

    /** MessagingException chains through getNextException, older code through getCause. */
    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String join(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
