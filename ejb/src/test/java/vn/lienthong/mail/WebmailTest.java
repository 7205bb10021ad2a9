package vn.lienthong.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.ClientKind;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.mail.internal.MailConnections;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session holder opens only the caller's own mailbox, keeps no password after closing, and counts each use. */
class WebmailTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:15:30Z");
    private static MailServerFixture server;

    private GreenMailUser leader;
    private final List<UsageEvent> fired = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private String signedIn = "lanhdao.test";
    private Role role = Role.LEADER;

    @BeforeAll
    static void start() {
        server = new MailServerFixture();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshMailbox() {
        leader = server.newLeader();
    }

    @Test
    void openingLogsInToTheAccountsOwnMailboxAndCountsALogin() throws Exception {
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);

        assertTrue(webmail.isOpen());
        assertEquals(leader.getEmail(), webmail.use(box -> box.account().address()));
        assertEquals(1, fired.size());
        UsageEvent login = fired.get(0);
        assertEquals(UsageEventKind.WEBMAIL_LOGIN, login.kind());
        assertEquals(ClientKind.WEBMAIL, login.client());
        assertEquals(leader.getEmail(), login.mailbox().address());
        assertEquals(NOW, login.instant());
        assertEquals(List.of("MAILBOX_OPENED SUCCESS"), audited);
    }

    @Test
    void aWrongPasswordIsRefusedAuditedAndCountsNothing() {
        Webmail webmail = webmail();
        MailLoginException refused = assertThrows(MailLoginException.class, () -> webmail.open("sai-mat-khau"));

        assertEquals("mail.login.failed", refused.messageKey());
        assertFalse(webmail.isOpen());
        assertTrue(fired.isEmpty());
        assertEquals(List.of("MAILBOX_OPENED REFUSED"), audited);
        assertThrows(MailSessionClosedException.class, () -> webmail.use(box -> box.folders()));
    }

    @Test
    void readingAndSendingAreCountedWithoutSubjectOrContent() throws Exception {
        deliver("Giấy mời họp giao ban", "Kính mời đồng chí dự họp.");
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);
        long uid = webmail.use(box -> box.page("INBOX", 1, 10)).messages().get(0).uid();

        MessageView read = webmail.read("INBOX", uid, RemoteImages.BLOCK, null);
        webmail.view("INBOX", uid, RemoteImages.BLOCK, null);
        webmail.send(Draft.of(List.of("vanthu@tphcm.gov.vn"), "Re: " + read.subject(), "Đã nhận.", List.of()));

        assertEquals(List.of(UsageEventKind.WEBMAIL_LOGIN, UsageEventKind.WEBMAIL_MESSAGE_READ,
                UsageEventKind.WEBMAIL_MESSAGE_SENT), fired.stream().map(UsageEvent::kind).toList());
        for (UsageEvent event : fired) {
            assertFalse(event.toString().contains("Giấy mời"), "no subject in " + event);
        }
        assertNotEquals(fired.get(1).id(), fired.get(2).id());
        assertEquals(1, webmail.use(box -> box.page("Sent", 1, 10)).total());
        assertTrue(audited.contains("MAIL_SENT SUCCESS"));
    }

    @Test
    void aLeaderWithACertificateSendsSignedMailAndOneWithoutCannot() throws Exception {
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);
        assertFalse(webmail.canSign(), "no signing keystore configured");
        assertThrows(SmimeNotConfiguredException.class, () -> webmail.send(
                Draft.of(List.of("vanthu@tphcm.gov.vn"), "Ý kiến", "Đồng ý.", List.of()), true));
        assertTrue(webmail.use(Mailbox::folders).stream().noneMatch(f -> f.fullName().equals("Sent")),
                "nothing went out unsigned instead");

        vn.lienthong.mail.internal.DemoPki pki = vn.lienthong.mail.internal.DemoPki.create("Lãnh đạo Thử",
                leader.getEmail(), "Sở Thông tin và Truyền thông", NOW);
        java.nio.file.Path keystore = java.nio.file.Files.createTempFile("leaders-", ".p12");
        vn.lienthong.mail.internal.SigningKeysTest.write(keystore, "mat-khau-kho", leader.getEmail(), pki);
        System.setProperty("lienthong.mail.smime.keystore", keystore.toString());
        System.setProperty("lienthong.mail.smime.keystore-password", "mat-khau-kho");
        try {
            assertTrue(webmail.canSign());
            webmail.send(Draft.of(List.of("vanthu@tphcm.gov.vn"), "Ý kiến chỉ đạo", "Đồng ý phương án.", List.of()), true);
            long uid = webmail.use(box -> box.page("Sent", 1, 10)).messages().get(0).uid();
            SmimeVerdict verdict = webmail.use(box -> box.verify("Sent", uid));
            assertEquals(SmimeVerdict.Signature.VALID, verdict.signature());
            assertEquals("Lãnh đạo Thử", verdict.signer().name());
            assertTrue(audited.contains("MAIL_SENT SUCCESS"));
        } finally {
            System.clearProperty("lienthong.mail.smime.keystore");
            System.clearProperty("lienthong.mail.smime.keystore-password");
            java.nio.file.Files.deleteIfExists(keystore);
        }
    }

    @Test
    void folderCountsAreKeptBrieflyAndFollowTheLeadersOwnReading() throws Exception {
        deliver("Báo cáo tuần", "Nội dung.");
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);
        List<MailFolder> before = webmail.folders();
        assertEquals(1, before.get(0).unread());
        assertTrue(before == webmail.folders(), "a second look within the freshness window asks the server nothing");

        long uid = webmail.use(box -> box.page("INBOX", 1, 10)).messages().get(0).uid();
        webmail.read("INBOX", uid, RemoteImages.BLOCK, null);
        List<MailFolder> afterReading = webmail.folders();
        assertEquals(0, afterReading.get(0).unread(), "the kept count goes down with the leader's reading");
        assertEquals(0, webmail.use(box -> box.folders()).get(0).unread(), "as the server's does");
        webmail.read("INBOX", uid, RemoteImages.SHOW, null);
        assertTrue(afterReading == webmail.folders(), "reading a message already read changes no count");
        webmail.markRead("INBOX", uid, false);
        assertEquals(1, webmail.folders().get(0).unread());
    }

    @Test
    void theSameSessionSignedInAsSomeoneElseFindsTheMailboxClosed() {
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);
        signedIn = "lanhdao.khac";

        assertFalse(webmail.isOpen());
        assertThrows(MailSessionClosedException.class, () -> webmail.use(box -> box.folders()));
    }

    @Test
    void onlyLeadersOpenAMailboxHere() {
        role = Role.CLERK;
        assertThrows(AccessDeniedException.class, () -> webmail().open(MailServerFixture.PASSWORD));
    }

    @Test
    void anAccountWithoutAMailboxGetsANamedRefusal() {
        Webmail webmail = webmail();
        webmail.directory = directory(null);
        assertEquals("mail.mailbox.none",
                assertThrows(NoOfficialMailboxException.class, () -> webmail.open("x")).messageKey());
    }

    @Test
    void anUnreachableServerIsSaidInVietnameseAndNothingIsOpened() throws Exception {
        Webmail webmail = webmail();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        java.util.Properties nowhere = MailServerFixture.properties(closedPort, closedPort);
        webmail.connections = connections(jakarta.mail.Session.getInstance(nowhere));

        MailServerUnavailableException down = assertThrows(MailServerUnavailableException.class,
                () -> webmail.open(MailServerFixture.PASSWORD));
        assertEquals("Không kết nối được máy chủ thư điện tử. Vui lòng thử lại sau hoặc báo quản trị viên.",
                vn.lienthong.platform.Messages.format(vn.lienthong.platform.Messages.VIETNAMESE, down));
        assertFalse(webmail.isOpen());
        assertTrue(fired.isEmpty());
    }

    @Test
    void closingForgetsTheMailbox() {
        Webmail webmail = webmail();
        webmail.open(MailServerFixture.PASSWORD);
        webmail.close();
        assertFalse(webmail.isOpen());
        assertThrows(MailSessionClosedException.class, () -> webmail.use(box -> box.folders()));
    }

    private void deliver(String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(server.session());
        message.setFrom(new InternetAddress("vanthu@tphcm.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(leader.getEmail()));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        leader.deliver(message);
    }

    private Webmail webmail() {
        Webmail webmail = new Webmail();
        webmail.directory = directory(leader.getEmail());
        webmail.connections = connections(server.session());
        webmail.audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String agencyCode, String subject, AuditOutcome outcome, String detail) {
                audited.add(action + " " + outcome);
            }
        };
        webmail.usage = new Recording();
        webmail.clock = Clock.fixed(NOW.plusMillis(250), ZoneOffset.UTC);
        webmail.principal = () -> signedIn;
        return webmail;
    }

    /** The server's mail session stands in for the one WildFly would give. */
    private static MailConnections connections(jakarta.mail.Session session) {
        return new MailConnections() {
            @Override
            public MailLoginMode mode() {
                return MailLoginMode.PASSWORD;
            }

            @Override
            public Mailbox open(MailAccount account) {
                return Mailbox.open(session, account, MailServerFixture.settings());
            }
        };
    }

    private DirectoryService directory(String mailbox) {
        UserAccount me = new UserAccount("lanhdao.test", "x", role, new AgencyCode("000.00.31.H29"), "Trần Văn Lãnh",
                "Giám đốc", Leadership.LEADER, mailbox, NOW);
        return new DirectoryService() {
            @Override
            public UserAccount me() {
                return me;
            }
        };
    }

    /** Records what is fired, synchronously, as the container's observer would receive it. */
    private final class Recording implements Event<UsageEvent> {

        @Override
        public void fire(UsageEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends UsageEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("webmail events are synchronous");
        }

        @Override
        public <U extends UsageEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("webmail events are synchronous");
        }

        @Override
        public Event<UsageEvent> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends UsageEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends UsageEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

    }
}
