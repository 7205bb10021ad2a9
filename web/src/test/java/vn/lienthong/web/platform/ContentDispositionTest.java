package vn.lienthong.web.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDispositionTest {

    @Test
    void aVietnameseFileNameDownloadsAsAnAttachmentWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"Bao cao quy IV_2026.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20IV_2026.pdf",
                ContentDisposition.attachment("Báo cáo quý IV_2026.pdf"));
        assertEquals("attachment; filename=\"Du thao de an.docx\"; filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20%C4%91%E1%BB%81%20%C3%A1n.docx",
                ContentDisposition.attachment("Dự thảo đề án.docx"));
    }

    @Test
    void quotesAndSlashesNeverReachTheFallbackName() {
        assertEquals("attachment; filename=\"Cong van so 5_2026.pdf\"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%205%2F2026.pdf",
                ContentDisposition.attachment("Công văn số 5/2026.pdf"));
        assertEquals("attachment; filename=\"Du thao _x_.docx\"; filename*=UTF-8''%C4%90%E1%BB%B1%20th%E1%BA%A3o%20%22x%22.docx",
                ContentDisposition.attachment("Đự thảo \"x\".docx"));
    }

    @Test
    void anInlineImageKeepsItsName() {
        assertEquals("inline; filename=\"anh_1.png\"; filename*=UTF-8''%E1%BA%A3nh_1.png",
                ContentDisposition.inline("ảnh_1.png"));
    }
}
