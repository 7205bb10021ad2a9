package vn.lienthong.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.exchange.Secrecy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecrecyStampDetectorTest {

    private final SecrecyStampDetector detector = new SecrecyStampDetector();

    @Test
    void theSharedClassifiedSampleCarriesAMatStamp() {
        String text = new String(Samples.fixture("fixtures", "signatures", "docs", "mat.txt"), StandardCharsets.UTF_8);
        SecrecyStamp stamp = detector.find(text).orElseThrow();
        assertEquals(Secrecy.MAT, stamp.level());
        assertEquals(1, stamp.line());
        assertEquals(0, stamp.offset());
        assertEquals("MẬT", stamp.matched());
    }

    @Test
    void theSharedClassifiedPdfIsCaughtThroughExtraction() {
        var executor = Executors.newSingleThreadExecutor();
        try {
            Extraction e = new ContentInspector(ContentPolicy.defaults(), executor)
                    .extract("mat.pdf", Samples.fixture("fixtures", "signatures", "docs", "mat.pdf"));
            assertEquals(Outcome.OK, e.outcome());
            assertEquals(Secrecy.MAT, detector.find(e.text()).orElseThrow().level());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void gradesPositionsAndSpacedOrFramedStampsAreReported() {
        String text = "ỦY BAN NHÂN DÂN QUẬN 1\n\n  [ T Ố I   M Ậ T ]\nSố: 12/UBND\n";
        SecrecyStamp stamp = detector.find(text).orElseThrow();
        assertEquals(Secrecy.TOI_MAT, stamp.level());
        assertEquals(3, stamp.line());
        assertEquals(text.indexOf("T Ố I"), stamp.offset());
        assertEquals("T Ố I   M Ậ T", stamp.matched());

        assertEquals(Secrecy.TUYET_MAT, detector.find("| TUYỆT MẬT |\nBáo cáo").orElseThrow().level());
        assertEquals(Secrecy.MAT, detector.find("UBND QUẬN 3\t\t\tMẬT\nSố: 5/UBND").orElseThrow().level());
        assertEquals(Secrecy.MAT, detector.find("*** M Ậ T ***").orElseThrow().level());
    }

    @Test
    void decomposedDiacriticsFromPdfTextStillMatch() {
        String decomposed = Normalizer.normalize("TUYỆT MẬT\nBáo cáo", Normalizer.Form.NFD);
        assertEquals(Secrecy.TUYET_MAT, detector.find(decomposed).orElseThrow().level());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Cán bộ phải giữ bí mật thông tin cá nhân của người dân.",
            "HƯỚNG DẪN ĐỔI MẬT KHẨU THƯ ĐIỆN TỬ CÔNG VỤ",
            "MẬT KHẨU",
            "Mật khẩu phải có ít nhất 12 ký tự.",
            "Mật độ dân số của Quận 5 là 40.000 người/km².",
            "Bảo mật thông tin",
            "BẢO MẬT THÔNG TIN",
            "QUY ĐỊNH VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC",
            "Mật",
            "mật",
            "Độ mật: Thường",
            "Hội chợ MẬT ONG Bình Phước",
    })
    void ordinaryWordsAreNotStamps(String line) {
        assertTrue(detector.find("ỦY BAN NHÂN DÂN QUẬN 1\n" + line + "\nNội dung.").isEmpty(), line);
    }

    @Test
    void aStandaloneGradeFarDownTheBodyIsNotAStamp() {
        String text = "ỦY BAN NHÂN DÂN QUẬN 1\n" + "Nội dung hướng dẫn.\n".repeat(30) + "MẬT\n";
        assertTrue(detector.find(text).isEmpty());
        assertTrue(new SecrecyStampDetector(40).find(text).isPresent());
    }
}
