package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.ClientKind;
import vn.lienthong.adoption.UsageEventKind;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Turns Postfix and Dovecot syslog lines into usage events. Most lines are not events, so each is rejected by the
 * cheapest test that can: the program name, then a fixed prefix; only an event line has its timestamp read, its
 * host and mailbox resolved and its identity hashed. Submissions span lines (smtpd names the user, qmgr confirms the
 * queue accepted the message): both steps are recorded, and the importer pairs them in file order by host and queue
 * id. One parser per thread; it parses one chunk at a time into a {@link ParsedChunk}.
 */
public final class MailLogParser implements LineReader.LineHandler {

    private static final Bytes.Prefix DOVECOT = Bytes.prefix("dovecot: ");
    private static final Bytes.Prefix POSTFIX = Bytes.prefix("postfix");
    private static final Bytes.Prefix IMAP_LOGIN = Bytes.prefix("imap-login: ");
    private static final Bytes.Prefix POP3_LOGIN = Bytes.prefix("pop3-login: ");
    private static final Bytes.Prefix LOGIN_USER = Bytes.prefix("Login: user=<");
    private static final byte[] AUTH_FAILED = Bytes.ascii("auth failed");
    private static final byte[] USER = Bytes.ascii("user=<");
    private static final byte[] SESSION = Bytes.ascii("session=<");
    private static final Bytes.Prefix IMAP_SESSION = Bytes.prefix("imap(");
    private static final Bytes.Prefix POP3_SESSION = Bytes.prefix("pop3(");
    private static final Bytes.Prefix LMTP_SESSION = Bytes.prefix("lmtp(");
    private static final Bytes.Prefix DISCONNECTED = Bytes.prefix("Disconnected");
    private static final Bytes.Prefix LOGGED_OUT = Bytes.prefix("Logged out");
    private static final byte[] SAVED_MAIL = Bytes.ascii(": saved mail to ");
    private static final Bytes.Prefix SMTPD = Bytes.prefix("smtpd");
    private static final Bytes.Prefix QMGR = Bytes.prefix("qmgr");
    private static final Bytes.Prefix LMTP = Bytes.prefix("lmtp");
    private static final Bytes.Prefix VIRTUAL = Bytes.prefix("virtual");
    private static final Bytes.Prefix CLIENT = Bytes.prefix("client=");
    private static final byte[] SASL_USERNAME = Bytes.ascii("sasl_username=");
    private static final Bytes.Prefix FROM = Bytes.prefix("from=<");
    private static final Bytes.Prefix TO = Bytes.prefix("to=<");
    private static final byte[] STATUS_SENT = Bytes.ascii("status=sent");
    private static final Bytes.Prefix SAVED_REPLY = Bytes.prefix(" Saved)");

    /** The bytes of a queue id: ASCII letters and digits. One test per byte rather than three ranges. */
    private static final boolean[] QUEUE_ID = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            QUEUE_ID[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }
    }

    private final SyslogTimestamp clock;
    private final MailboxTable mailboxes;
    private final EventIdentity identity = new EventIdentity();
    private ParsedChunk out;

    // Dovecot logs a delivery as saved and Postfix, a few lines on, as sent with the same GUID: one identity. The
    // chunk's recent GUIDs (where they are in the chunk's buffer, and their record), by a hash of their last bytes,
    // let the second line reuse the first's identity and skip both the hash and the identity-set lookup.
    private static final int RECENT = 64;
    private final int[] recentStart = new int[RECENT];
    private final int[] recentEnd = new int[RECENT];
    private final int[] recentRecord = new int[RECENT];

    private byte[] lastHostBytes = new byte[0];
    private String lastHost = "";

    /**
     * @param mailboxes this thread's view of the run's mailboxes (see {@link MailboxTable#local()})
     */
    public MailLogParser(ZoneId zone, MailboxTable mailboxes) {
        this.clock = new SyslogTimestamp(zone);
        this.mailboxes = mailboxes;
    }

    /**
     * Parses the whole lines of {@code b[start, end)} (the last may lack its newline) into {@code into}, cleared
     * first; {@code startingIn} is the file's period, which decides the year of classic timestamps.
     */
    public void parse(byte[] b, int start, int end, YearMonth startingIn, ParsedChunk into) {
        clock.startingIn(startingIn);
        into.clear();
        Arrays.fill(recentRecord, -1);
        out = into;
        try {
            LineReader.lines(b, start, end, this);
        } finally {
            out = null;
        }
    }

    @Override
    public void line(byte[] b, int s, int e) {
        out.lines++;
        int tsEnd = SyslogTimestamp.end(b, s, e);
        if (tsEnd < 0) {
            out.unreadable++;
            return;
        }
        int hostStart = tsEnd + 1;
        int hostEnd = Bytes.indexOf(b, hostStart, e, (byte) ' ');
        if (hostEnd < 0) {
            out.unreadable++;
            return;
        }
        int tag = hostEnd + 1;
        boolean event;
        if (Bytes.startsWith(b, tag, e, DOVECOT)) {
            event = dovecot(b, s, tsEnd, hostStart, hostEnd, tag + DOVECOT.length, e);
        } else if (Bytes.startsWith(b, tag, e, POSTFIX)) {
            event = postfix(b, s, tsEnd, hostStart, hostEnd, tag + POSTFIX.length, e);
        } else {
            event = false;
        }
        if (event) {
            out.recognised++;
        }
    }

    private boolean dovecot(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int m, int e) {
        if (Bytes.startsWith(b, m, e, IMAP_LOGIN)) {
            return login(b, s, tsEnd, hostStart, hostEnd, m + IMAP_LOGIN.length, e, UsageEventKind.IMAP_LOGIN,
                    ClientKind.IMAP);
        }
        if (Bytes.startsWith(b, m, e, POP3_LOGIN)) {
            return login(b, s, tsEnd, hostStart, hostEnd, m + POP3_LOGIN.length, e, UsageEventKind.POP3_LOGIN,
                    ClientKind.POP3);
        }
        if (Bytes.startsWith(b, m, e, IMAP_SESSION)) {
            return logout(b, s, tsEnd, hostStart, hostEnd, m + IMAP_SESSION.length, e, ClientKind.IMAP);
        }
        if (Bytes.startsWith(b, m, e, POP3_SESSION)) {
            return logout(b, s, tsEnd, hostStart, hostEnd, m + POP3_SESSION.length, e, ClientKind.POP3);
        }
        if (Bytes.startsWith(b, m, e, LMTP_SESSION)) {
            return saved(b, s, tsEnd, hostStart, hostEnd, m + LMTP_SESSION.length, e);
        }
        return false;
    }

    /** {@code Login: user=<u>, …, session=<id>}, or a failed attempt: {@code … (auth failed, …): user=<u>, …}. */
    private boolean login(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int m, int e,
                          UsageEventKind kind, ClientKind client) {
        int user;
        if (Bytes.startsWith(b, m, e, LOGIN_USER)) {
            user = m + LOGIN_USER.length;
        } else if (Bytes.indexOf(b, m, e, AUTH_FAILED) >= 0 && (user = Bytes.indexOf(b, m, e, USER)) >= 0) {
            user += USER.length;
            kind = UsageEventKind.FAILED_LOGIN;
        } else {
            return false;
        }
        int userEnd = Bytes.indexOf(b, user, e, (byte) '>');
        int session = Bytes.indexOf(b, Math.max(userEnd, user), e, SESSION);
        if (userEnd < 0 || session < 0) {
            return false;
        }
        session += SESSION.length;
        int sessionEnd = Bytes.indexOf(b, session, e, (byte) '>');
        if (sessionEnd < 0) {
            return false;
        }
        return emit(b, s, tsEnd, hostStart, hostEnd, user, userEnd, kind, client, session, sessionEnd);
    }

    /** {@code imap(u)<pid><session>: Disconnected: Logged out …}: the end of a session. */
    private boolean logout(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int user, int e,
                           ClientKind client) {
        int userEnd = Bytes.indexOf(b, user, e, (byte) ')');
        int session = secondBracket(b, userEnd, e);
        int sessionEnd = session < 0 ? -1 : Bytes.indexOf(b, session, e, (byte) '>');
        if (sessionEnd < 0) {
            return false;
        }
        int text = sessionEnd + 3; // past ">: "
        if (!Bytes.startsWith(b, text, e, DISCONNECTED) && !Bytes.startsWith(b, text, e, LOGGED_OUT)) {
            return false;
        }
        return emit(b, s, tsEnd, hostStart, hostEnd, user, userEnd, UsageEventKind.LOGOUT, client, session,
                sessionEnd);
    }

    /** {@code lmtp(u)<pid><guid>: msgid=<…>: saved mail to INBOX}: a delivery, identified by Dovecot's GUID. */
    private boolean saved(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int user, int e) {
        int userEnd = Bytes.indexOf(b, user, e, (byte) ')');
        int guid = secondBracket(b, userEnd, e); // none on lmtp(pid) lines: connection chatter
        int guidEnd = guid < 0 ? -1 : Bytes.indexOf(b, guid, e, (byte) '>');
        if (guidEnd < 0 || Bytes.indexOf(b, guidEnd, e, SAVED_MAIL) < 0) {
            return false;
        }
        return delivered(b, s, tsEnd, hostStart, hostEnd, user, userEnd, guid, guidEnd);
    }

    /**
     * In Dovecot's mail-process prefix {@code service(user)<pid><id>}, where {@code id} (session or delivery GUID)
     * starts, given the index of the {@code )} closing the user; -1 when the line has no such prefix.
     */
    private static int secondBracket(byte[] b, int userEnd, int e) {
        if (userEnd < 0 || userEnd + 1 >= e || b[userEnd + 1] != '<') {
            return -1;
        }
        int pidEnd = Bytes.indexOf(b, userEnd + 1, e, (byte) '>');
        return pidEnd < 0 || pidEnd + 1 >= e || b[pidEnd + 1] != '<' ? -1 : pidEnd + 2;
    }

    private boolean postfix(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int tag, int e) {
        // The tag is postfix[/instance]/program[pid]: ; only the program decides what the line means.
        int tagEnd = Bytes.tokenEnd(b, tag, e, (byte) ':', (byte) ' ');
        if (tagEnd + 2 > e || b[tagEnd] != ':') {
            return false;
        }
        int bracket = Bytes.indexOf(b, tag, tagEnd, (byte) '[');
        int programEnd = bracket < 0 ? tagEnd : bracket;
        int programStart = programEnd;
        while (programStart > tag && b[programStart - 1] != '/') {
            programStart--;
        }
        int m = tagEnd + 2;
        int queueEnd = queueIdEnd(b, m, e);
        if (queueEnd < 0) {
            return false; // NOQUEUE rejects, connects, warnings: no message entered the queue
        }
        int rest = queueEnd + 2;
        int length = programEnd - programStart;
        if (length == SMTPD.length && Bytes.startsWith(b, programStart, programEnd, SMTPD)) {
            return Bytes.startsWith(b, rest, e, CLIENT)
                    && authenticated(b, s, tsEnd, hostStart, hostEnd, m, queueEnd, rest, e);
        }
        if (length == QMGR.length && Bytes.startsWith(b, programStart, programEnd, QMGR)) {
            return Bytes.startsWith(b, rest, e, FROM) && queued(b, hostStart, hostEnd, m, queueEnd);
        }
        if ((length == LMTP.length && Bytes.startsWith(b, programStart, programEnd, LMTP))
                || (length == VIRTUAL.length && Bytes.startsWith(b, programStart, programEnd, VIRTUAL))) {
            return Bytes.startsWith(b, rest, e, TO) && sent(b, s, tsEnd, hostStart, hostEnd, m, queueEnd, rest, e);
        }
        return false;
    }

    /** End of a Postfix queue id ({@code 1A99A1704C8:}, or the long form), or -1 when the message has none. */
    private static int queueIdEnd(byte[] b, int m, int e) {
        int i = m;
        while (i < e && QUEUE_ID[b[i] & 0xFF]) {
            i++;
        }
        return i - m >= 5 && i + 1 < e && b[i] == ':' && b[i + 1] == ' ' && !isNoQueue(b, m, i) ? i : -1;
    }

    private static boolean isNoQueue(byte[] b, int m, int end) {
        return end - m == 7 && b[m] == 'N' && b[m + 1] == 'O' && b[m + 2] == 'Q';
    }

    /** smtpd's {@code client=…, sasl_method=…, sasl_username=u}: an authenticated sender, pending its queue entry. */
    private boolean authenticated(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int queue, int queueEnd,
                                  int rest, int e) {
        int user = Bytes.indexOf(b, rest, e, SASL_USERNAME);
        if (user < 0) {
            return false; // unauthenticated mail on port 25: the system's own notices, nobody's use
        }
        user += SASL_USERNAME.length;
        int userEnd = Bytes.tokenEnd(b, user, e, (byte) ',', (byte) ' ');
        MailboxTable.Entry mailbox = mailboxes.intern(b, user, userEnd);
        long second = clock.epochSecond(b, s, tsEnd);
        if (mailbox == null || second == SyslogTimestamp.INVALID) {
            return false;
        }
        String host = host(b, hostStart, hostEnd);
        identity.begin(UsageEventKind.MESSAGE_SUBMITTED).add(lastHostBytes).add(second).add(mailbox.key)
                .add(b, queue, queueEnd).end();
        out.submission(QueueKey.of(host, b, queue, queueEnd), mailbox, second, host, identity.high, identity.low);
        return true;
    }

    /**
     * qmgr's {@code from=<…>}: the message is in the queue, so an awaiting submission counts. Recorded for the merge,
     * which alone knows what awaits, and so not counted as recognised here.
     */
    private boolean queued(byte[] b, int hostStart, int hostEnd, int queue, int queueEnd) {
        out.queued(QueueKey.of(host(b, hostStart, hostEnd), b, queue, queueEnd));
        return false;
    }

    /** lmtp's or virtual's {@code to=<u>, …, status=sent}: a delivery, the same one Dovecot logs as saved. */
    private boolean sent(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int queue, int queueEnd, int rest,
                         int e) {
        int user = rest + TO.length;
        int userEnd = Bytes.indexOf(b, user, e, (byte) '>');
        if (userEnd < 0 || Bytes.indexOf(b, userEnd, e, STATUS_SENT) < 0) {
            return false;
        }
        int saved = e - SAVED_REPLY.length; // Dovecot's reply closes the line
        if (saved > userEnd && Bytes.startsWith(b, saved, e, SAVED_REPLY)) {
            int guid = saved;
            while (guid > userEnd && b[guid - 1] != ' ') {
                guid--;
            }
            return delivered(b, s, tsEnd, hostStart, hostEnd, user, userEnd, guid, saved);
        }
        // Not Dovecot on the other side: the queue id and recipient are what make this delivery unique.
        MailboxTable.Entry mailbox = mailboxes.intern(b, user, userEnd);
        long second = clock.epochSecond(b, s, tsEnd);
        if (mailbox == null || second == SyslogTimestamp.INVALID) {
            return false;
        }
        String host = host(b, hostStart, hostEnd);
        identity.begin(UsageEventKind.MESSAGE_RECEIVED).add(lastHostBytes).add(second).add(mailbox.key)
                .add(b, queue, queueEnd).end();
        out.event(UsageEventKind.MESSAGE_RECEIVED, ClientKind.DELIVERY, mailbox, second, host, identity.high,
                identity.low);
        return true;
    }

    /**
     * A delivery known by Dovecot's GUID (with {@code :Rn} per further recipient). Postfix quotes the same GUID in
     * its {@code status=sent} reply, so both lines, even from two hosts, make one event: the GUID is globally unique,
     * so neither host nor second is part of this identity.
     */
    private boolean delivered(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int user, int userEnd,
                              int guid, int guidEnd) {
        MailboxTable.Entry mailbox = mailboxes.intern(b, user, userEnd);
        long second = clock.epochSecond(b, s, tsEnd);
        if (mailbox == null || second == SyslogTimestamp.INVALID || guidEnd <= guid) {
            return false;
        }
        String host = host(b, hostStart, hostEnd);
        int slot = recentSlot(b, guid, guidEnd);
        int earlier = recentRecord[slot];
        if (earlier >= 0 && Arrays.equals(b, recentStart[slot], recentEnd[slot], b, guid, guidEnd)) {
            out.repeat(earlier, UsageEventKind.MESSAGE_RECEIVED, ClientKind.DELIVERY, mailbox, second, host);
            return true;
        }
        identity.begin(UsageEventKind.MESSAGE_RECEIVED).add(b, guid, guidEnd).end();
        recentRecord[slot] = out.event(UsageEventKind.MESSAGE_RECEIVED, ClientKind.DELIVERY, mailbox, second, host,
                identity.high, identity.low);
        recentStart[slot] = guid;
        recentEnd[slot] = guidEnd;
        return true;
    }

    /** A GUID's place among the recent ones; its last eight bytes tell GUIDs, and a message's recipients, apart. */
    private static int recentSlot(byte[] b, int guid, int guidEnd) {
        long tail = guidEnd - guid >= Long.BYTES ? Bytes.longAt(b, guidEnd - Long.BYTES) : b[guid];
        return (int) ((tail * 0x9E3779B97F4A7C15L) >>> 58); // the top six bits: RECENT slots
    }

    /** Logins, failures and logouts: one per Dovecot session id, on that host at that second. */
    private boolean emit(byte[] b, int s, int tsEnd, int hostStart, int hostEnd, int user, int userEnd,
                         UsageEventKind kind, ClientKind client, int session, int sessionEnd) {
        MailboxTable.Entry mailbox = mailboxes.intern(b, user, userEnd);
        long second = clock.epochSecond(b, s, tsEnd);
        if (mailbox == null || second == SyslogTimestamp.INVALID) {
            return false;
        }
        String host = host(b, hostStart, hostEnd);
        identity.begin(kind).add(lastHostBytes).add(second).add(mailbox.key)
                .add(b, session, sessionEnd).end();
        out.event(kind, client, mailbox, second, host, identity.high, identity.low);
        return true;
    }

    /** The host name as a String, made once per change of host rather than once per line. */
    private String host(byte[] b, int from, int to) {
        if (!Bytes.equals(lastHostBytes, b, from, to)) {
            lastHostBytes = Arrays.copyOfRange(b, from, to);
            lastHost = new String(lastHostBytes, StandardCharsets.UTF_8).intern();
        }
        return lastHost;
    }
}
