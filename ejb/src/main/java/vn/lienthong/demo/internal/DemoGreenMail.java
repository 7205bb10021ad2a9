package vn.lienthong.demo.internal;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.imap.ImapHostManagerImpl;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * GreenMail as the demo embeds it, changed in two ways that a real server (Dovecot) does not need:
 * <ul>
 *   <li>its folders keep an index of their UIDs ({@link IndexedMailFolder}), so that a FETCH or STORE on a
 *   10,000-message folder does not copy the folder's UID list once per message;</li>
 *   <li>its IMAP and SMTP connections send each reply at once ({@code TCP_NODELAY}): GreenMail writes a reply line by
 *   line, so with Nagle's algorithm the last line of every multi-line reply waited for the client's delayed
 *   acknowledgement, about 40 ms per command on Linux.</li>
 * </ul>
 * IMAP, SMTP and the users are GreenMail's own; only the store and the sockets differ. {@link #getImap()} has no
 * {@link ImapServer} to return: use {@link #getImapPort()}.
 */
public class DemoGreenMail extends GreenMail {

    public DemoGreenMail(ServerSetup[] config) {
        super(config);
    }

    public int getImapPort() {
        return services.get(ServerSetup.PROTOCOL_IMAP).getPort();
    }

    @Override
    public ImapServer getImap() {
        throw new UnsupportedOperationException("The demo's IMAP server is not GreenMail's ImapServer: use getImapPort()");
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers ignored) {
        if (!(managers instanceof IndexedManagers)) {
            managers = new IndexedManagers();
        }
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
            switch (setup.getProtocol()) {
                case ServerSetup.PROTOCOL_IMAP -> services.put(setup.getProtocol(), new ImapWithoutDelay(setup, managers));
                case ServerSetup.PROTOCOL_SMTP -> services.put(setup.getProtocol(), new SmtpWithoutDelay(setup, managers));
                default -> throw new IllegalArgumentException("The demo mail server speaks IMAP and SMTP, not "
                        + setup.getProtocol());
            }
        }
        return services;
    }

    private static Socket withoutDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            // The connection is going away; its handler will find out.
        }
        return socket;
    }

    /** GreenMail's managers over the indexed store (its own constructor fixes the store). */
    private static final class IndexedManagers extends Managers {
        private final ImapHostManager imapHost = new ImapHostManagerImpl(new IndexedMailStore());
        private final UserManager users = new UserManager(imapHost);
        private final SmtpManager smtp = new SmtpManager(imapHost, users);

        @Override
        public ImapHostManager getImapHostManager() {
            return imapHost;
        }

        @Override
        public UserManager getUserManager() {
            return users;
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }

    /** What GreenMail's (final) ImapServer does, on a socket without Nagle's delay. */
    private static final class ImapWithoutDelay extends AbstractServer {
        ImapWithoutDelay(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), withoutDelay(socket));
        }
    }

    private static final class SmtpWithoutDelay extends SmtpServer {
        SmtpWithoutDelay(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return super.createProtocolHandler(withoutDelay(socket));
        }
    }
}
