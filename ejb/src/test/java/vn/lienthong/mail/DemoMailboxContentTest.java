package vn.lienthong.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import org.junit.jupiter.api.AfterAll;
import vn.lienthong.demo.DemoMailboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoMailboxContentTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static MailServerFixture server;

    @BeforeAll
    static void start() {
        server = new MailServerFixture();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSameSeedGivesTheSameMailbox() throws Exception {
        DemoMailboxContent a = DemoMailboxContent.generate("gd.stc@tphcm.gov.vn", "Trần Văn Giám", 42, NOW);
        DemoMailboxContent b = DemoMailboxContent.generate("gd.stc@tphcm.gov.vn", "Trần Văn Giám", 42, NOW);
        assertEquals(subjects(a), subjects(b));
        assertEquals(Map.of("INBOX", 222, "Văn bản đến 2026", 45, "Sent", 60, "Drafts", 8), a.counts());
    }

    @Test
    void loadedIntoTheServerItReadsWithOneValidAndOneInvalidSignature() throws Exception {
        GreenMailUser leader = server.newLeader();
        DemoMailboxContent demo = DemoMailboxContent.generate(leader.getEmail(), "Trần Văn Giám", 7, NOW);
        DemoMailboxes.load(server.greenMail, leader.getEmail(), demo);

        MailboxSettings settings = MailboxSettings.standard(new SmimeVerifier(List.of(demo.trustAnchor())), Clock.systemUTC());
        try (Mailbox mailbox = Mailbox.open(server.session(),
                MailAccount.own(leader.getEmail(), "Trần Văn Giám", MailServerFixture.PASSWORD), settings)) {
            Map<String, Integer> totals = new java.util.HashMap<>();
            mailbox.folders().forEach(f -> totals.put(f.fullName(), f.total()));
            assertEquals(demo.counts(), totals);
            assertTrue(mailbox.folders().get(0).unread() > 0, "some mail is still unread");

            MessagePage inbox = mailbox.page("INBOX", 1, 20);
            assertEquals(DemoMailboxContent.TAMPERED_SUBJECT, inbox.messages().get(0).subject());
            assertEquals(DemoMailboxContent.SIGNED_SUBJECT, inbox.messages().get(1).subject());

            SmimeVerdict tampered = mailbox.read("INBOX", inbox.messages().get(0).uid(), RemoteImages.BLOCK, null).smime();
            assertEquals(SmimeVerdict.Signature.INVALID, tampered.signature());
            SmimeVerdict signed = mailbox.read("INBOX", inbox.messages().get(1).uid(), RemoteImages.BLOCK, null).smime();
            assertTrue(signed.isValidAndTrusted(), String.valueOf(signed));

            assertAttachmentsAreRealFiles(mailbox);
        }
    }

    /** Every PDF starts like a PDF and every DOCX is a zip, and some messages are HTML. */
    private static void assertAttachmentsAreRealFiles(Mailbox mailbox) {
        int pdfs = 0;
        int docxs = 0;
        int html = 0;
        for (MessageSummary summary : mailbox.page("INBOX", 6, 40).messages()) {
            MessageView view = mailbox.read("INBOX", summary.uid(), RemoteImages.BLOCK, null);
            html += view.html() != null ? 1 : 0;
            for (AttachmentInfo info : view.attachments()) {
                byte[] bytes = mailbox.attachment("INBOX", summary.uid(), info.partPath()).bytes();
                if (info.fileName().endsWith(".pdf")) {
                    assertArrayEquals("%PDF-1.4".getBytes(), java.util.Arrays.copyOf(bytes, 8));
                    pdfs++;
                } else if (info.fileName().endsWith(".docx")) {
                    assertArrayEquals(new byte[]{'P', 'K', 3, 4}, java.util.Arrays.copyOf(bytes, 4));
                    docxs++;
                }
            }
        }
        assertTrue(pdfs > 0 && docxs > 0 && html > 0, "pdf " + pdfs + ", docx " + docxs + ", html " + html);
    }

    private static List<String> subjects(DemoMailboxContent content) {
        return content.messages().stream().map(m -> {
            try {
                return m.folder() + "/" + m.message().getSubject() + "/" + m.message().getSentDate();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
