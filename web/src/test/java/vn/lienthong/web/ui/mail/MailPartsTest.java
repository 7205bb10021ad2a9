package vn.lienthong.web.ui.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailPartsTest {

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
