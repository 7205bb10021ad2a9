package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietnameseTextTest {

    @Test
    void foldingDropsDiacriticsCaseAndExtraBlanks() {
        assertEquals("cai cach hanh chinh", VietnameseText.fold("  Cải   cách\thành chính "));
        assertEquals("dang uy do thi", VietnameseText.fold("ĐẢNG ỦY Đô thị"));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void foldingTreatsComposedAndDecomposedInputAlike() {
        String decomposed = java.text.Normalizer.normalize("Quyết định", java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.fold("Quyết định"), VietnameseText.fold(decomposed));
    }

    @Test
    void subjectSearchIgnoresDiacriticsAndCase() {
        assertTrue(VietnameseText.containsFolded("Kế hoạch Cải cách hành chính năm 2026", "cai cach hanh chinh"));
        assertFalse(VietnameseText.containsFolded("Báo cáo tài chính tỉnh", "cai cach"));
    }

    @Test
    void documentTypesAreFoundByNameAndUnknownNamesAreKeptAsOther() {
        assertEquals(DocumentType.OFFICIAL_LETTER, DocumentType.fromName("Công văn"));
        assertEquals(DocumentType.DECISION, DocumentType.fromName("quyet dinh"));
        assertEquals(DocumentType.OTHER, DocumentType.fromName("Giấy giới thiệu"));
        assertEquals(DocumentType.OTHER, DocumentType.fromName(null));
        assertEquals("TTr", DocumentType.SUBMISSION.abbreviation());
    }
}
