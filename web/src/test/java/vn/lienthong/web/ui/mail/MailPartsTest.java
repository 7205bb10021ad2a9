package vn.lienthong.web.ui.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailPartsTest {

    @Test
    void aVietnameseFileNameDownloadsAsAnAttachmentWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"Bao cao quy IV_2026.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20IV_2026.pdf",
                MailPartServlet.disposition("attachment", "Báo cáo quý IV_2026.pdf"));
        assertEquals("attachment; filename=\"Du thao de an.docx\"; filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20%C4%91%E1%BB%81%20%C3%A1n.docx",
                MailPartServlet.disposition("attachment", "Dự thảo đề án.docx"));
    }

    @Test
    void plainTextBodiesAreEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;",
                MailPartServlet.escape("<script>alert('x')</script> & \""));
    }

    @Test
    void partLinksEncodeVietnameseFolderNames() {
        assertEquals("/lienthong/leader/mail/part/body?folder=V%C4%83n%20b%E1%BA%A3n%20%C4%91%E1%BA%BFn%202026&uid=7&images=show",
                MailLinks.body("/lienthong", "Văn bản đến 2026", 7, true));
        assertEquals("/lienthong/leader/mail/part/inline?folder=INBOX&uid=7&cid={cid}",
                MailLinks.inlineImages("/lienthong", "INBOX", 7));
    }

    @Test
    void addressesAreSplitOnCommasAndSemicolons() {
        assertEquals(List.of("a@tphcm.gov.vn", "b@tphcm.gov.vn", "c@tphcm.gov.vn"),
                ComposeMailView.addresses(" a@tphcm.gov.vn, b@tphcm.gov.vn ;c@tphcm.gov.vn;; "));
        assertEquals(List.of(), ComposeMailView.addresses(null));
        assertEquals("to-trinh.pdf", ComposeMailView.fileName("C:\\Users\\x\\to-trinh.pdf"));
    }
}
