package vn.lienthong.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailboxTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    private static MailServerFixture server;
    private GreenMailUser leader;

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
    void foldersShowTheirUnreadCounts() throws Exception {
        deliver(3);
        try (Mailbox mailbox = server.open(leader)) {
            mailbox.saveDraft(Draft.of(List.of(), "Nháp", "", List.of()));
            List<MailFolder> folders = mailbox.folders();
            assertEquals("INBOX", folders.get(0).fullName());
            assertEquals(3, folders.get(0).total());
            assertEquals(3, folders.get(0).unread());
            MailFolder drafts = folders.stream().filter(f -> f.name().equals("Drafts")).findFirst().orElseThrow();
            assertEquals(1, drafts.total());
        }
    }

    @Test
    void pagesRunNewestFirst() throws Exception {
        deliver(25);
        try (Mailbox mailbox = server.open(leader)) {
            MessagePage first = mailbox.page("INBOX", 1, 10);
            assertEquals(25, first.total());
            assertEquals(3, first.pageCount());
            assertEquals("Thư số 25", first.messages().get(0).subject());
            assertEquals("Thư số 16", first.messages().get(9).subject());

            MessagePage last = mailbox.page("INBOX", 3, 10);
            assertEquals(List.of("Thư số 5", "Thư số 4", "Thư số 3", "Thư số 2", "Thư số 1"),
                    last.messages().stream().map(MessageSummary::subject).toList());
            assertEquals(3, mailbox.page("INBOX", 99, 10).page(), "a page past the end shows the last");
            assertThrows(InvalidInputException.class, () -> mailbox.page("INBOX", 1, 10_000));
        }
    }

    @Test
    void readingAPlainMessageShowsItsTextAndMarksItRead() throws Exception {
        deliver(1);
        try (Mailbox mailbox = server.open(leader)) {
            MessageSummary summary = mailbox.page("INBOX", 1, 10).messages().get(0);
            assertFalse(summary.seen());
            MessageView view = mailbox.read("INBOX", summary.uid(), RemoteImages.BLOCK, null);
            assertEquals("Thư số 1", view.subject());
            assertEquals("Nguyễn Văn An", view.from().personal());
            assertTrue(view.text().contains("Nội dung thư số 1"));
            assertNull(view.html());
            assertEquals(SmimeVerdict.NOT_SIGNED, view.smime());
            assertTrue(mailbox.page("INBOX", 1, 10).messages().get(0).seen());

            mailbox.markRead("INBOX", summary.uid(), false);
            assertFalse(mailbox.page("INBOX", 1, 10).messages().get(0).seen());
            assertEquals(1, mailbox.folders().get(0).unread());
        }
    }

    @Test
    void htmlIsSanitisedWithInlineImagesAndAttachmentsToDownload() throws Exception {
        leader.deliver(richMessage());
        try (Mailbox mailbox = server.open(leader)) {
            MessageSummary summary = mailbox.page("INBOX", 1, 10).messages().get(0);
            assertTrue(summary.hasAttachments());
            MessageView view = mailbox.read("INBOX", summary.uid(), RemoteImages.BLOCK, "/mail/part?uid=" + summary.uid() + "&cid={cid}");

            assertTrue(view.html().html().contains("<b>Kính gửi</b>"), view.html().html());
            assertFalse(view.html().html().contains("script"), view.html().html());
            assertTrue(view.html().html().contains("src=\"/mail/part?uid&#61;" + summary.uid() + "&amp;cid&#61;logo%40ubnd\""),
                    view.html().html());
            assertEquals(1, view.html().blockedRemoteImages());
            assertEquals(List.of("logo@ubnd"), view.inlineParts());
            assertEquals(1, view.attachments().size());
            AttachmentInfo pdf = view.attachments().get(0);
            assertEquals("Báo cáo quý III.pdf", pdf.fileName());
            assertEquals("application/pdf", pdf.contentType());

            PartContent download = mailbox.attachment("INBOX", summary.uid(), pdf.partPath());
            assertArrayEquals(PDF, download.bytes());
            assertEquals("Báo cáo quý III.pdf", download.fileName());
            assertArrayEquals(PNG, mailbox.inlineImage("INBOX", summary.uid(), "logo@ubnd").bytes());
            assertThrows(UnknownMailMessageException.class, () -> mailbox.attachment("INBOX", summary.uid(), "9"));
            assertThrows(UnknownMailMessageException.class, () -> mailbox.attachment("INBOX", summary.uid(), "../1"));
        }
    }

    @Test
    void movingAndDeletingGoThroughTrash() throws Exception {
        deliver(2);
        try (Mailbox mailbox = server.open(leader)) {
            createFolder("Lưu trữ 2026");
            long newest = mailbox.page("INBOX", 1, 10).messages().get(0).uid();
            long oldest = mailbox.page("INBOX", 1, 10).messages().get(1).uid();

            mailbox.move("INBOX", newest, "Lưu trữ 2026");
            assertEquals(List.of("Thư số 2"), subjects(mailbox.page("Lưu trữ 2026", 1, 10)));

            mailbox.delete("INBOX", oldest);
            assertEquals(0, mailbox.page("INBOX", 1, 10).total());
            MessagePage trash = mailbox.page("Trash", 1, 10);
            assertEquals(List.of("Thư số 1"), subjects(trash));

            mailbox.delete("Trash", trash.messages().get(0).uid());
            assertEquals(0, mailbox.page("Trash", 1, 10).total());
            assertThrows(UnknownMailMessageException.class, () -> mailbox.read("INBOX", oldest, RemoteImages.BLOCK, null));
            assertThrows(UnknownMailFolderException.class, () -> mailbox.move("Lưu trữ 2026", newest, "Không có"));
        }
    }

    @Test
    void aDraftIsFiledInDrafts() {
        try (Mailbox mailbox = server.open(leader)) {
            mailbox.saveDraft(Draft.of(List.of("vanthu@tphcm.gov.vn"), "Dự thảo ý kiến", "Chưa xong", List.of()));
            MessagePage drafts = mailbox.page("Drafts", 1, 10);
            assertEquals(List.of("Dự thảo ý kiến"), subjects(drafts));
            // Read, as the javadoc says: one's own draft must not show in bold nor count as unread in Thư nháp.
            assertTrue(drafts.messages().get(0).seen());
            assertTrue(mailbox.read("Drafts", drafts.messages().get(0).uid(), RemoteImages.BLOCK, null).text().contains("Chưa xong"));
        }
    }

    @Test
    void aSavedDraftReopensAsItWasLeftAndIsDiscardedOnce() {
        try (Mailbox mailbox = server.open(leader)) {
            PartContent pdf = new PartContent("Tờ trình.pdf", "application/pdf", PDF);
            mailbox.saveDraft(new Draft(List.of("vanthu@tphcm.gov.vn"), List.of("quanly@tphcm.gov.vn"),
                    List.of("thuky@tphcm.gov.vn"), "Dự thảo ý kiến", "Chưa xong, còn sửa.", List.of(pdf),
                    "<goc@tphcm.gov.vn>", "<goc@tphcm.gov.vn>"));
            assertTrue(mailbox.isDrafts("Drafts"));
            assertFalse(mailbox.isDrafts("INBOX"));
            long uid = mailbox.page("Drafts", 1, 10).messages().get(0).uid();

            Draft reopened = mailbox.reopenDraft(uid);
            assertEquals(List.of("vanthu@tphcm.gov.vn"), reopened.to());
            assertEquals(List.of("quanly@tphcm.gov.vn"), reopened.cc());
            assertEquals(List.of("thuky@tphcm.gov.vn"), reopened.bcc());
            assertEquals("Dự thảo ý kiến", reopened.subject());
            assertEquals("Chưa xong, còn sửa.", reopened.text().strip());
            assertEquals(1, reopened.attachments().size());
            assertEquals("Tờ trình.pdf", reopened.attachments().get(0).fileName());
            assertArrayEquals(PDF, reopened.attachments().get(0).bytes());
            assertEquals("<goc@tphcm.gov.vn>", reopened.inReplyTo());

            mailbox.discardDraft(uid);
            assertEquals(0, mailbox.page("Drafts", 1, 10).total());
            assertEquals(0, mailbox.folders().stream().filter(f -> f.name().equals("Trash"))
                    .mapToLong(MailFolder::total).sum());
        }
    }

    @Test
    void sentMailWithAnAttachmentArrivesAndIsFiledInSent() throws Exception {
        GreenMailUser colleague = server.newLeader();
        try (Mailbox mailbox = server.open(leader)) {
            mailbox.send(Draft.of(List.of(colleague.getEmail()), "Góp ý dự thảo", "Gửi anh góp ý.",
                    List.of(new PartContent("Góp ý.pdf", "application/pdf", PDF))));
            assertEquals(List.of("Góp ý dự thảo"), subjects(mailbox.page("Sent", 1, 10)));
        }
        try (Mailbox theirs = server.open(colleague)) {
            MessageSummary arrived = theirs.page("INBOX", 1, 10).messages().get(0);
            assertEquals("Góp ý dự thảo", arrived.subject());
            assertEquals(leader.getEmail(), arrived.from().address());
            MessageView view = theirs.read("INBOX", arrived.uid(), RemoteImages.BLOCK, null);
            assertEquals("Góp ý.pdf", view.attachments().get(0).fileName());
            assertArrayEquals(PDF, theirs.attachment("INBOX", arrived.uid(), view.attachments().get(0).partPath()).bytes());
        }
    }

    @Test
    void sendingChecksAddresses() {
        try (Mailbox mailbox = server.open(leader)) {
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> mailbox.send(Draft.of(List.of("không phải địa chỉ"), "x", "x", List.of())));
            assertEquals("mail.address.invalid", bad.messageKey());
            assertEquals("mail.recipient.required", assertThrows(InvalidInputException.class,
                    () -> mailbox.send(Draft.of(List.of(), "x", "x", List.of()))).messageKey());
        }
    }

    @Test
    void replyAllAnswersEveryoneButTheLeaderAndKeepsTheThread() throws Exception {
        MimeMessage original = message("Họp giao ban tuần", "Đề nghị các đồng chí dự họp.");
        original.setRecipients(Message.RecipientType.TO, new InternetAddress[]{
                new InternetAddress(leader.getEmail()), new InternetAddress("pho.gd@tphcm.gov.vn")});
        original.setRecipients(Message.RecipientType.CC, "vanthu@tphcm.gov.vn");
        original.saveChanges();
        String messageId = original.getMessageID();
        leader.deliver(original);
        try (Mailbox mailbox = server.open(leader)) {
            long uid = mailbox.page("INBOX", 1, 10).messages().get(0).uid();

            Draft reply = mailbox.reply("INBOX", uid, false);
            assertEquals(1, reply.to().size());
            assertTrue(reply.to().get(0).contains("an.nv@tphcm.gov.vn"));
            assertEquals("Re: Họp giao ban tuần", reply.subject());
            assertEquals(messageId, reply.inReplyTo());
            assertTrue(reply.text().contains("> Đề nghị các đồng chí dự họp."), reply.text());

            Draft all = mailbox.reply("INBOX", uid, true);
            assertEquals(2, all.to().size());
            assertTrue(all.to().stream().noneMatch(a -> a.contains(leader.getEmail())), all.to().toString());
            assertEquals(List.of("vanthu@tphcm.gov.vn"), all.cc());

            mailbox.send(all.withText("Tôi sẽ dự.\r\n" + all.text()));
            assertEquals(List.of("Re: Họp giao ban tuần"), subjects(mailbox.page("Sent", 1, 10)));
        }
    }

    @Test
    void forwardingCarriesTheTextAndTheAttachments() throws Exception {
        leader.deliver(richMessage());
        try (Mailbox mailbox = server.open(leader)) {
            long uid = mailbox.page("INBOX", 1, 10).messages().get(0).uid();
            Draft forward = mailbox.forward("INBOX", uid);
            assertEquals("Fwd: Báo cáo tài chính quý III", forward.subject());
            assertTrue(forward.text().contains("Thư chuyển tiếp"));
            assertTrue(forward.text().contains("Kính gửi"), forward.text());
            assertEquals(1, forward.attachments().size());
            assertArrayEquals(PDF, forward.attachments().get(0).bytes());
        }
    }

    @Test
    void searchFindsVietnameseTextOnTheServer() throws Exception {
        leader.deliver(message("Báo cáo tài chính quý III", "Số liệu ngân sách đã được tổng hợp."));
        leader.deliver(message("Kế hoạch cải cách hành chính", "Triển khai thư điện tử công vụ."));
        leader.deliver(message("Báo cáo nhân sự", "Danh sách cán bộ."));
        try (Mailbox mailbox = server.open(leader)) {
            assertEquals(List.of("Báo cáo nhân sự", "Báo cáo tài chính quý III"),
                    subjects(mailbox.search("INBOX", SearchQuery.subject("Báo cáo"), 1, 10)));
            assertEquals(List.of("Báo cáo tài chính quý III"),
                    subjects(mailbox.search("INBOX", new SearchQuery(null, null, "ngân sách", null, null), 1, 10)));
            // Typed decomposed (NFD), as some Vietnamese keyboards do.
            String decomposed = java.text.Normalizer.normalize("cải cách", java.text.Normalizer.Form.NFD);
            assertEquals(List.of("Kế hoạch cải cách hành chính"),
                    subjects(mailbox.search("INBOX", SearchQuery.subject(decomposed), 1, 10)));
            assertEquals(3, mailbox.search("INBOX", new SearchQuery(null, "an.nv@tphcm.gov.vn", null, null, null), 1, 10).total());
            // Part of the address, as people type it: RFC 3501 FROM is a substring match, the embedded server's exact.
            assertEquals(3, mailbox.search("INBOX", new SearchQuery(null, "an.nv", null, null, null), 1, 10).total());
            assertEquals(0, mailbox.search("INBOX", new SearchQuery(null, "lienhe.syt", null, null, null), 1, 10).total());
            LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
            assertEquals(3, mailbox.search("INBOX", new SearchQuery(null, null, null, today.minusDays(1), today.plusDays(1)), 1, 10).total());
            assertEquals(0, mailbox.search("INBOX", new SearchQuery(null, null, null, today.plusDays(2), null), 1, 10).total());
            assertEquals(0, mailbox.search("INBOX", SearchQuery.subject("không có thư này"), 1, 10).total());
        }
    }

    @Test
    void aSignedMessageShowsItsVerdictWhenRead() throws Exception {
        var pki = vn.lienthong.mail.internal.DemoPki.create("Nguyễn Văn An", "an.nv@tphcm.gov.vn", "Sở Tài chính", Instant.now());
        leader.deliver(new SmimeSigner(pki.signerKey(), pki.chain()).sign(message("Quyết định đã ký", "Nội dung đã ký số.")));
        MailboxSettings trusting = MailboxSettings.standard(new SmimeVerifier(List.of(pki.root())), java.time.Clock.systemUTC());
        try (Mailbox mailbox = Mailbox.open(server.session(), MailAccount.own(leader.getEmail(), "Lãnh đạo", MailServerFixture.PASSWORD), trusting)) {
            MessageSummary summary = mailbox.page("INBOX", 1, 10).messages().get(0);
            assertTrue(summary.signed());
            MessageView view = mailbox.read("INBOX", summary.uid(), RemoteImages.BLOCK, null);
            assertTrue(view.smime().isValidAndTrusted(), String.valueOf(view.smime()));
            assertEquals("Nguyễn Văn An", view.smime().signer().name());
            assertTrue(view.text().contains("Nội dung đã ký số."));
            assertTrue(view.attachments().isEmpty(), "the signature is not an attachment");
        }
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        MailLoginException e = assertThrows(MailLoginException.class, () -> Mailbox.open(server.session(),
                MailAccount.own(leader.getEmail(), "Lãnh đạo", "sai"), MailServerFixture.settings()));
        assertEquals("Không đăng nhập được hộp thư " + leader.getEmail() + ": sai mật khẩu hoặc hộp thư đang bị khóa.",
                vn.lienthong.platform.Messages.format(null, e));
    }

    @Test
    void anUnreachableServerIsNamed() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Session session = Session.getInstance(MailServerFixture.properties(closedPort, closedPort));
        MailServerUnavailableException e = assertThrows(MailServerUnavailableException.class,
                () -> Mailbox.open(session, MailAccount.own(leader.getEmail(), "x", "x"), MailServerFixture.settings()));
        assertEquals("mail.server.unreachable", e.messageKey());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(silent.accept());
                } catch (IOException ignored) {
                    // closed at the end of the test
                }
            });
            acceptor.start();
            Properties properties = MailServerFixture.properties(silent.getLocalPort(), silent.getLocalPort());
            properties.setProperty("mail.imap.timeout", "500");
            MailServerUnavailableException e = assertThrows(MailServerUnavailableException.class,
                    () -> Mailbox.open(Session.getInstance(properties), MailAccount.own(leader.getEmail(), "x", "x"),
                            MailServerFixture.settings()));
            assertEquals("mail.server.timeout", e.messageKey());
        }
    }

    // --- fixtures ---

    private void deliver(int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            MimeMessage m = message("Thư số " + i, "Nội dung thư số " + i + ".");
            m.setSentDate(Date.from(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * i)));
            leader.deliver(m);
        }
    }

    private MimeMessage message(String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("an.nv@tphcm.gov.vn", "Nguyễn Văn An", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(leader.getEmail()));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private MimeMessage richMessage() throws Exception {
        MimeMessage m = message("Báo cáo tài chính quý III", "");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Giám đốc, gửi kèm báo cáo.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p><b>Kính gửi</b> Giám đốc,</p><script>alert(1)</script><img src=\"cid:logo@ubnd\">"
                + "<img src=\"https://tracker.example/x.gif\">", "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeBodyPart alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);

        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(alternativePart);
        MimeBodyPart logo = new MimeBodyPart();
        logo.setContent(PNG, "image/png");
        logo.setContentID("<logo@ubnd>");
        logo.setDisposition(MimeBodyPart.INLINE);
        related.addBodyPart(logo);
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(relatedPart);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent(PDF, "application/pdf");
        pdf.setFileName("Báo cáo quý III.pdf");
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        pdf.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(pdf);
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    private void createFolder(String name) throws Exception {
        Store store = server.session().getStore("imap");
        store.connect(leader.getLogin(), MailServerFixture.PASSWORD);
        try {
            assertTrue(store.getFolder(name).create(Folder.HOLDS_MESSAGES));
        } finally {
            store.close();
        }
    }

    private static List<String> subjects(MessagePage page) {
        return page.messages().stream().map(MessageSummary::subject).toList();
    }
}
