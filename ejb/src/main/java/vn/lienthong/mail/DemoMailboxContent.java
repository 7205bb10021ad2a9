package vn.lienthong.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import vn.lienthong.mail.internal.Composer;
import vn.lienthong.mail.internal.DemoFiles;
import vn.lienthong.mail.internal.DemoPki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * A leader's demo mailbox: a few hundred realistic Vietnamese messages across INBOX, Sent, Drafts and a folder of
 * their own, some in HTML, some with PDF or DOCX attachments, one S/MIME-signed message and one signed and then
 * tampered with. The same seed gives the same messages (the signatures aside, whose keys are fresh each run).
 * The demo loads {@link #messages()} straight into its GreenMail store ({@code vn.lienthong.demo.DemoMailboxes}).
 */
public final class DemoMailboxContent {

    public static final String INBOX = "INBOX";
    public static final String SENT = "Sent";
    public static final String DRAFTS = "Drafts";
    public static final String ARCHIVE = "Văn bản đến 2026";
    public static final String SIGNED_SUBJECT = "Quyết định phê duyệt kế hoạch chuyển đổi số (đã ký số)";
    public static final String TAMPERED_SUBJECT = "Thông báo kết luận cuộc họp giao ban (đã ký số)";

    private static final String[] PEOPLE = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Châu", "Phạm Quốc Dũng",
            "Hoàng Thị Hạnh", "Võ Thanh Hải", "Đặng Ngọc Lan", "Bùi Văn Long", "Huỳnh Thị Mai", "Đỗ Đức Nam"};
    private static final String[] AGENCIES = {"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ",
            "Sở Thông tin và Truyền thông", "Văn phòng UBND Thành phố", "Sở Giáo dục và Đào tạo", "Sở Y tế",
            "UBND Quận 1", "UBND Thành phố Thủ Đức", "Sở Xây dựng"};
    private static final String[] DOMAINS = {"stc", "skhdt", "snv", "stttt", "vpub", "sgddt", "syt", "q1", "thuduc", "sxd"};
    private static final String[] TOPICS = {"Báo cáo tình hình thực hiện dự toán ngân sách",
            "Kế hoạch cải cách hành chính năm 2026", "Đề nghị góp ý dự thảo quyết định",
            "Giấy mời họp giao ban công tác tháng", "Thông báo lịch tiếp công dân",
            "Báo cáo kết quả chuyển đổi số", "Tờ trình phê duyệt đề án", "Công văn hướng dẫn thực hiện thư điện tử công vụ",
            "Đề xuất bổ sung kinh phí", "Kế hoạch kiểm tra công tác văn thư lưu trữ",
            "Báo cáo sơ kết 6 tháng đầu năm", "Phân công nhiệm vụ xử lý hồ sơ"};
    private static final String[] BODIES = {
            "Thực hiện chỉ đạo của UBND Thành phố, đơn vị kính gửi báo cáo để lãnh đạo xem xét, cho ý kiến.",
            "Đề nghị các đơn vị rà soát và gửi số liệu trước ngày 15 hằng tháng qua hệ thống liên thông văn bản.",
            "Kính đề nghị đồng chí sắp xếp thời gian tham dự cuộc họp tại phòng họp số 2.",
            "Đơn vị đã hoàn thành 95% chỉ tiêu văn bản điện tử; phần còn lại là văn bản mật gửi bản giấy.",
            "Trân trọng đề nghị quý cơ quan phối hợp thực hiện và báo cáo kết quả đúng thời hạn."};

    private static DemoPki demoPki;

    private final List<DemoMessage> messages;
    private final X509Certificate trustAnchor;

    /**
     * One message of the demo mailbox.
     *
     * @param seen whether the leader has already read it
     */
    public record DemoMessage(String folder, MimeMessage message, boolean seen) {
    }

    private DemoMailboxContent(List<DemoMessage> messages, X509Certificate trustAnchor) {
        this.messages = List.copyOf(messages);
        this.trustAnchor = trustAnchor;
    }

    /**
     * @param leaderAddress the leader's mailbox
     * @param leaderName    as it appears in From and To
     * @param seed          the same seed gives the same mailbox
     * @param now           the newest messages are dated just before this
     */
    public static DemoMailboxContent generate(String leaderAddress, String leaderName, long seed, Instant now) {
        try {
            return new Generator(leaderAddress, leaderName, new Random(seed), now).generate();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the demo mailbox", e);
        }
    }

    /** Oldest first, which is the order to append them in so that arrival order matches the dates. */
    public List<DemoMessage> messages() {
        return messages;
    }

    /** Messages per folder. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        messages.forEach(m -> counts.merge(m.folder(), 1, Integer::sum));
        return counts;
    }

    /** The demo CA that signed the signed message: give it to the demo's {@link SmimeVerifier} as its anchor. */
    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    /**
     * The demo's one certificate authority for this run (keys in memory only, fresh each start): every demo mailbox's
     * signed message comes from it, and the demo's webmail trusts it unless told otherwise.
     *
     * @param now the certificates are valid from the day before this, on first use
     */
    public static X509Certificate demoRoot(Instant now) {
        return demoPki(now).root();
    }

    private static synchronized DemoPki demoPki(Instant now) {
        if (demoPki == null) {
            demoPki = DemoPki.create(PEOPLE[0], Generator.address(0), AGENCIES[0] + " TP.HCM", now);
        }
        return demoPki;
    }

    /** Builds the mailbox; one instance per generation, so that the random sequence stays in one place. */
    private static final class Generator {
        private static final Session LOCAL = Session.getInstance(new Properties());
        private final String leaderAddress;
        private final String leaderName;
        private final Random random;
        private final Instant now;
        private final List<DemoMessage> out = new ArrayList<>();
        private final List<Instant> dates = new ArrayList<>();

        Generator(String leaderAddress, String leaderName, Random random, Instant now) {
            this.leaderAddress = leaderAddress;
            this.leaderName = leaderName;
            this.random = random;
            this.now = now;
        }

        DemoMailboxContent generate() throws MessagingException, IOException {
            for (int i = 0; i < 220; i++) {
                add(INBOX, incoming(i), daysAgo(90), i > 205);
            }
            for (int i = 0; i < 45; i++) {
                add(ARCHIVE, incoming(1000 + i), daysAgo(120), true);
            }
            for (int i = 0; i < 60; i++) {
                add(SENT, outgoing(i, false), daysAgo(90), true);
            }
            for (int i = 0; i < 8; i++) {
                add(DRAFTS, outgoing(i, true), daysAgo(10), true);
            }
            DemoPki pki = demoPki(now);
            SmimeSigner signer = new SmimeSigner(pki.signerKey(), pki.chain());
            add(INBOX, signer.sign(signedText(SIGNED_SUBJECT, "Phê duyệt kinh phí 150000000 đồng cho kế hoạch chuyển đổi số.")),
                    now.minus(Duration.ofHours(3)), false);
            add(INBOX, tampered(signer.sign(signedText(TAMPERED_SUBJECT, "Giao Sở Tài chính bố trí 150000000 đồng."))),
                    now.minus(Duration.ofHours(2)), false);

            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(dates::get));
            return new DemoMailboxContent(order.stream().map(out::get).toList(), pki.root());
        }

        private void add(String folder, MimeMessage message, Instant date, boolean seen) throws MessagingException {
            // Touching a signed message would re-encode its content and break (or mend) the signature.
            if (!message.isMimeType("multipart/signed")) {
                message.setSentDate(java.util.Date.from(date));
                message.saveChanges();
            }
            out.add(new DemoMessage(folder, message, seen));
            dates.add(date);
        }

        private Instant daysAgo(int maxDays) {
            // Working hours, Vietnam time: 01:00–10:00 UTC is 08:00–17:00 in Hồ Chí Minh City.
            long day = 1 + random.nextInt(maxDays);
            long minute = 60 + random.nextInt(9 * 60);
            return now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(day)).plus(Duration.ofMinutes(minute));
        }

        private MimeMessage incoming(int n) throws MessagingException, IOException {
            int who = random.nextInt(PEOPLE.length);
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String subject = topic + " (số " + (100 + n) + "/" + DOMAINS[who].toUpperCase(java.util.Locale.ROOT) + ")";
            String text = "Kính gửi đồng chí " + leaderName + ",\r\n\r\n" + BODIES[random.nextInt(BODIES.length)]
                    + "\r\n\r\nTrân trọng,\r\n" + PEOPLE[who] + "\r\n" + AGENCIES[who];
            MimeMessage message = base(subject, from(who), to(leaderAddress, leaderName));
            boolean html = n % 4 == 0;
            List<MimeBodyPart> files = new ArrayList<>();
            if (n % 7 == 0) {
                files.add(Composer.attachmentPart(new PartContent("Bao-cao-" + (100 + n) + ".pdf", "application/pdf",
                        DemoFiles.pdf(List.of(AGENCIES[who].replaceAll("[^\\x20-\\x7e]", ""), "So " + (100 + n), "Bao cao tong hop")))));
            }
            if (n % 11 == 0) {
                files.add(Composer.attachmentPart(new PartContent("Dự thảo " + (100 + n) + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        DemoFiles.docx(List.of(topic, BODIES[random.nextInt(BODIES.length)], PEOPLE[who])))));
            }
            body(message, text, html ? html(topic, text, who) : null, files);
            return message;
        }

        private MimeMessage outgoing(int n, boolean draft) throws MessagingException, IOException {
            int who = random.nextInt(PEOPLE.length);
            String subject = (draft ? "Dự thảo: " : "Ý kiến chỉ đạo: ") + TOPICS[random.nextInt(TOPICS.length)];
            String text = "Đồng chí " + PEOPLE[who] + " thân mến,\r\n\r\n"
                    + (draft ? "Tôi đang xem lại nội dung, sẽ gửi sau." : "Đồng ý với đề xuất. Đề nghị triển khai và báo cáo kết quả.")
                    + "\r\n\r\n" + leaderName;
            MimeMessage message = base(subject, to(leaderAddress, leaderName), from(who));
            body(message, text, null, n % 9 == 0
                    ? List.of(Composer.attachmentPart(new PartContent("Y-kien-" + n + ".pdf", "application/pdf",
                    DemoFiles.pdf(List.of("Y kien chi dao so " + n)))))
                    : List.of());
            return message;
        }

        private MimeMessage signedText(String subject, String text) throws MessagingException, UnsupportedEncodingException {
            MimeMessage message = base(subject, from(0), to(leaderAddress, leaderName));
            message.setText("Kính gửi đồng chí " + leaderName + ",\r\n\r\n" + text + "\r\n\r\n" + PEOPLE[0], "UTF-8");
            message.setSentDate(java.util.Date.from(now.minus(Duration.ofHours(4))));
            message.saveChanges();
            return message;
        }

        /** Changes the amount in the signed text after signing, as an attacker on the way would. */
        private static MimeMessage tampered(MimeMessage signed) throws MessagingException, IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            signed.writeTo(bytes);
            String raw = bytes.toString(StandardCharsets.ISO_8859_1);
            String changed = raw.replace("150000000", "950000000");
            if (changed.equals(raw)) {
                throw new IllegalStateException("the amount to tamper with is not in the signed text");
            }
            return new MimeMessage(LOCAL, new ByteArrayInputStream(changed.getBytes(StandardCharsets.ISO_8859_1)));
        }

        private String html(String topic, String text, int who) {
            StringBuilder paragraphs = new StringBuilder();
            for (String line : text.split("\r\n")) {
                paragraphs.append(line.isEmpty() ? "" : "<p>" + escape(line) + "</p>");
            }
            return "<html><body style=\"font-family: Arial\"><h3 style=\"color: #b71c1c\">" + escape(topic) + "</h3>"
                    + paragraphs + "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse: collapse\">"
                    + "<tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Văn bản điện tử</td><td><b>"
                    + (80 + random.nextInt(20)) + "%</b></td></tr><tr><td>Thư điện tử công vụ</td><td>"
                    + (70 + random.nextInt(30)) + "%</td></tr></table>"
                    + "<p>Xem thêm tại <a href=\"https://" + DOMAINS[who] + ".hochiminhcity.gov.vn\">cổng thông tin</a>.</p>"
                    + "</body></html>";
        }

        private static MimeMessage base(String subject, InternetAddress from, InternetAddress to) throws MessagingException {
            MimeMessage message = new MimeMessage(LOCAL);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            return message;
        }

        private static void body(MimeMessage message, String text, String html, List<MimeBodyPart> files)
                throws MessagingException {
            MimeMultipart alternative = null;
            if (html != null) {
                alternative = new MimeMultipart("alternative");
                MimeBodyPart plain = new MimeBodyPart();
                plain.setText(text, "UTF-8");
                MimeBodyPart rich = new MimeBodyPart();
                rich.setText(html, "UTF-8", "html");
                alternative.addBodyPart(plain);
                alternative.addBodyPart(rich);
            }
            if (files.isEmpty()) {
                if (alternative == null) {
                    message.setText(text, "UTF-8");
                } else {
                    message.setContent(alternative);
                }
                return;
            }
            MimeBodyPart main = new MimeBodyPart();
            if (alternative == null) {
                main.setText(text, "UTF-8");
            } else {
                main.setContent(alternative);
            }
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(main);
            for (MimeBodyPart file : files) {
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }

        private static InternetAddress from(int who) throws UnsupportedEncodingException {
            return new InternetAddress(address(who), PEOPLE[who] + " - " + AGENCIES[who], "UTF-8");
        }

        static String address(int who) {
            return "lienhe." + DOMAINS[who] + "@tphcm.gov.vn";
        }

        private static InternetAddress to(String address, String name) throws UnsupportedEncodingException {
            return new InternetAddress(address, name, "UTF-8");
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
