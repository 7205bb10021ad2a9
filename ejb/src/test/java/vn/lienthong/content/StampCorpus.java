package vn.lienthong.content;

import vn.lienthong.exchange.Secrecy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled evaluation set of the stamp detector: real-shaped official letters (công văn), each as a PDF and a
 * DOCX, with a stamp (and the grade it gives) or without one but with the words that look like one.
 */
final class StampCorpus {

    record Sample(String name, String format, byte[] content, Secrecy expected) {
    }

    private record Letter(String name, Secrecy expected, List<String> top, List<String> body) {
    }

    private static final List<String> HEADER = List.of(
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
    private static final List<String> BODY = List.of(
            "Số: 1234/UBND-VX", "Thành phố Hồ Chí Minh, ngày 15 tháng 3 năm 2025", "",
            "Kính gửi: Thủ trưởng các sở, ban, ngành Thành phố.", "",
            "Thực hiện Kế hoạch cải cách hành chính năm 2025, Ủy ban nhân dân",
            "Thành phố đề nghị các đơn vị triển khai các nội dung sau:",
            "1. Sử dụng thường xuyên hệ thống thư điện tử công vụ.",
            "2. Trao đổi văn bản điện tử qua hệ thống liên thông.",
            "3. Báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30.", "",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

    private StampCorpus() {
    }

    private static List<Letter> letters() {
        List<Letter> letters = new ArrayList<>();
        // With a stamp
        letters.add(stamped("mat-top", Secrecy.MAT, List.of("MẬT"), HEADER));
        letters.add(stamped("toi-mat-top", Secrecy.TOI_MAT, List.of("TỐI MẬT"), HEADER));
        letters.add(stamped("tuyet-mat-top", Secrecy.TUYET_MAT, List.of("TUYỆT MẬT"), HEADER));
        letters.add(stamped("mat-spaced", Secrecy.MAT, List.of("M Ậ T"), HEADER));
        letters.add(stamped("mat-framed", Secrecy.MAT, List.of("[ MẬT ]"), HEADER));
        letters.add(stamped("toi-mat-framed", Secrecy.TOI_MAT, List.of("| TỐI MẬT |"), HEADER));
        letters.add(stamped("mat-below-header", Secrecy.MAT, concat(HEADER, List.of("MẬT")), List.of()));
        letters.add(stamped("tuyet-mat-wide", Secrecy.TUYET_MAT, List.of("T U Y Ệ T   M Ậ T"), HEADER));
        letters.add(stamped("mat-stars", Secrecy.MAT, List.of("*** MẬT ***"), HEADER));
        letters.add(stamped("toi-mat-after-motto", Secrecy.TOI_MAT, concat(HEADER, List.of("TỐI MẬT")), List.of()));
        letters.add(stamped("mat-with-password-body", Secrecy.MAT, List.of("MẬT"),
                concat(HEADER, List.of("Mật khẩu hệ thống được cấp riêng cho từng cán bộ."))));
        letters.add(stamped("tuyet-mat-column", Secrecy.TUYET_MAT, List.of("ỦY BAN NHÂN DÂN          TUYỆT MẬT"),
                HEADER.subList(1, HEADER.size())));
        // Without a stamp, with what looks like one
        letters.add(ordinary("bi-mat-sentence", "Cán bộ phải giữ bí mật thông tin cá nhân của người dân."));
        letters.add(ordinary("mat-khau-heading", "HƯỚNG DẪN ĐỔI MẬT KHẨU THƯ ĐIỆN TỬ CÔNG VỤ"));
        letters.add(ordinary("mat-khau-alone", "MẬT KHẨU"));
        letters.add(ordinary("mat-do", "Mật độ dân số của Quận 5 là 40.000 người trên một ki-lô-mét vuông."));
        letters.add(ordinary("bao-mat-heading", "BẢO MẬT THÔNG TIN"));
        letters.add(ordinary("bao-mat-line", "Bảo mật thông tin"));
        letters.add(ordinary("bi-mat-nha-nuoc", "QUY ĐỊNH VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC"));
        letters.add(ordinary("do-mat-thuong", "Độ mật: Thường"));
        letters.add(ordinary("mat-ong", "Hội chợ MẬT ONG Bình Phước năm 2025"));
        letters.add(ordinary("mat-ma", "Sản phẩm mật mã dân sự phải được cấp phép."));
        letters.add(ordinary("mat-wrapped", "Các đơn vị quán triệt yêu cầu bảo", "mật", "trong quá trình xử lý hồ sơ."));
        letters.add(new Letter("grades-deep-in-body", Secrecy.THUONG, HEADER,
                concat(BODY, List.of("Phụ lục: các độ mật theo luật", "Nội dung phụ lục.", "Nội dung phụ lục.",
                        "Nội dung phụ lục.", "Nội dung phụ lục.", "MẬT", "TỐI MẬT", "TUYỆT MẬT"))));
        return letters;
    }

    private static Letter stamped(String name, Secrecy grade, List<String> top, List<String> afterTop) {
        return new Letter(name, grade, top, concat(afterTop, BODY));
    }

    private static Letter ordinary(String name, String... lines) {
        return new Letter(name, Secrecy.THUONG, HEADER, concat(List.of(BODY.get(0), "") , concat(List.of(lines), BODY.subList(1, BODY.size()))));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Every letter as a PDF and as a DOCX. */
    static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (Letter letter : letters()) {
            List<String> lines = concat(letter.top(), letter.body());
            samples.add(new Sample(letter.name() + ".pdf", "PDF", Samples.pdf(lines), letter.expected()));
            samples.add(new Sample(letter.name() + ".docx", "DOCX", Samples.docx(lines), letter.expected()));
        }
        return samples;
    }
}
