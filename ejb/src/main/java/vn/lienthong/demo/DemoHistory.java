package vn.lienthong.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.adoption.UsageRecorder;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.DocumentStateException;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.NewFile;
import vn.lienthong.exchange.NewPaperDispatch;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.exchange.OutgoingDraft;
import vn.lienthong.exchange.PaperDispatches;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.exchange.SteeringType;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivilegedAction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo city's history, loaded once after the city when {@code lienthong.demo.history=true} (the README's run
 * command sets it; the integration tests never do, since they count inbox items, register numbers and figures):
 * twenty-two documents between the demo agencies, drafted, numbered, signed and sent by each agency's clerk through the
 * exchange's own services, then accepted, returned, assigned or finished by the recipients' clerks once routing has
 * delivered them; two drafts; a Mật document and a paper-only one recorded as paper dispatches; and two months of
 * the leaders' webmail use, recorded through adoption's {@link UsageRecorder}. It loads in a timer just after the
 * deployment (about half a minute on a small machine), so that it never slows the start.
 *
 * <p>Each clerk acts as themself: the server's security domain authenticates them with the demo password, so that
 * numbering, signing, routing and the audit trail apply exactly as to a clerk at the keyboard.
 */
@Startup
@Singleton
@DependsOn({"SampleDataGenerator", "DemoOfficials", "Signatures"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final ZoneId VIETNAM = ClockProducer.VIETNAM;
    /** Routing delivers asynchronously: the recipients' clerks look again this often, this many times at most. */
    private static final long SETTLE_MILLIS = 1500;
    private static final int SETTLE_ATTEMPTS = 40;

    /** What the recipient's clerk does with a document once it has arrived. */
    enum Fate {
        /** Left in the inbox, still to accept (01). */
        ARRIVED,
        ACCEPTED,
        RETURNED,
        /** Accepted, assigned to the agency's leader, being handled (05). */
        IN_PROGRESS,
        /** Accepted, assigned, handled and finished (06). */
        DONE,
        /** Numbered and signed, not sent yet: owed, so it lowers its sender's electronic share. */
        ISSUED,
        /** Not sent: still a draft of its sender. */
        DRAFT,
        /** Mật: numbered in the classified series and carried by the liaison courier. */
        CLASSIFIED_PAPER,
        /** Paper only: numbered and delivered by hand. */
        PAPER_ONLY
    }

    /** One document of the history: who sends it to whom (the first recipient's clerk applies the fate). */
    record Planned(String sender, List<String> recipients, DocumentType type, String notation, String subject,
                   Priority priority, Fate fate) {
    }

    static final List<Planned> DOCUMENTS = List.of(
            new Planned("ubnd", List.of("quan1", "quan3"), DocumentType.PLAN, "KH-UBND",
                    "Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm 2027", Priority.NORMAL,
                    Fate.ACCEPTED),
            new Planned("ubnd", List.of("quan1"), DocumentType.DECISION, "QĐ-UBND",
                    "Phê duyệt danh mục dịch vụ công trực tuyến toàn trình năm 2027", Priority.NORMAL,
                    Fate.DONE),
            new Planned("sotttt", List.of("quan1", "quan3"), DocumentType.OFFICIAL_LETTER, "STTTT-BCVT",
                    "V/v sử dụng hộp thư điện tử công vụ trong trao đổi văn bản", Priority.URGENT, Fate.IN_PROGRESS),
            new Planned("snv", List.of("quan1"), DocumentType.OFFICIAL_LETTER, "SNV-CCVC",
                    "V/v rà soát, bổ sung đề án vị trí việc làm năm 2027", Priority.NORMAL, Fate.RETURNED),
            new Planned("stc", List.of("quan1"), DocumentType.NOTICE, "TB-STC",
                    "Thẩm định quyết toán ngân sách quý III năm 2026", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("sotttt", List.of("quan1"), DocumentType.NOTICE, "TB-STTTT",
                    "Lịch kiểm tra an toàn thông tin tại Ủy ban nhân dân Quận 1", Priority.NORMAL,
                    Fate.ARRIVED),
            new Planned("ubnd", List.of("sotttt", "snv", "stc"), DocumentType.OFFICIAL_LETTER, "UBND-VP",
                    "V/v đẩy mạnh gửi, nhận văn bản điện tử giữa các cơ quan hành chính", Priority.URGENT,
                    Fate.ACCEPTED),
            new Planned("quan1", List.of("ubnd"), DocumentType.REPORT, "BC-UBND",
                    "Kết quả cải cách hành chính quý IV năm 2026", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("quan1", List.of("ubnd", "snv"), DocumentType.SUBMISSION, "TTr-UBND",
                    "Đề nghị bổ sung biên chế công chức năm 2027", Priority.NORMAL, Fate.ARRIVED),
            new Planned("quan3", List.of("ubnd"), DocumentType.REPORT, "BC-UBND",
                    "Tình hình kinh tế - xã hội tháng 11 năm 2026", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("quan3", List.of("quan1"), DocumentType.OFFICIAL_LETTER, "UBND-QLĐT",
                    "V/v phối hợp chỉnh trang đô thị tuyến đường Nam Kỳ Khởi Nghĩa", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("snv", List.of("quan1", "quan3"), DocumentType.PLAN, "KH-SNV",
                    "Tuyển dụng công chức cấp xã năm 2027", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("ubnd", List.of("quan1"), DocumentType.NOTICE, "TB-VP",
                    "Kết luận của Phó Chủ tịch tại buổi làm việc với Ủy ban nhân dân Quận 1",
                    Priority.VERY_URGENT, Fate.ARRIVED),
            new Planned("sotttt", List.of("ubnd"), DocumentType.REPORT, "BC-STTTT",
                    "Tình hình ứng dụng công nghệ thông tin năm 2026", Priority.NORMAL, Fate.ACCEPTED),
            new Planned("stc", List.of("ubnd"), DocumentType.SUBMISSION, "TTr-STC",
                    "Dự toán ngân sách nhà nước năm 2027", Priority.URGENT, Fate.ACCEPTED),
            new Planned("quan1", List.of("stc"), DocumentType.OFFICIAL_LETTER, "UBND-TCKH",
                    "V/v đề nghị bổ sung kinh phí chuyển đổi số năm 2027", Priority.NORMAL, Fate.ARRIVED),
            new Planned("stc", List.of("quan3"), DocumentType.OFFICIAL_LETTER, "STC-NS",
                    "V/v hướng dẫn lập dự toán ngân sách cấp quận năm 2027", Priority.NORMAL, Fate.ARRIVED),
            new Planned("stc", List.of("quan1", "quan3"), DocumentType.GUIDANCE, "HD-STC",
                    "Thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập", Priority.NORMAL,
                    Fate.ISSUED),
            new Planned("quan1", List.of("ubnd"), DocumentType.REPORT, "BC-UBND",
                    "Công tác văn thư, lưu trữ năm 2026", Priority.NORMAL, Fate.DRAFT),
            new Planned("sotttt", List.of("quan1", "quan3"), DocumentType.PLAN, "KH-STTTT",
                    "Tập huấn sử dụng chữ ký số năm 2027", Priority.NORMAL, Fate.DRAFT),
            new Planned("quan1", List.of("ubnd"), DocumentType.REPORT, "BC-CAQ",
                    "Tình hình an ninh trật tự trên địa bàn Quận 1", Priority.URGENT, Fate.CLASSIFIED_PAPER),
            new Planned("ubnd", List.of("quan1", "quan3"), DocumentType.INVITATION, "GM-UBND",
                    "Dự hội nghị tổng kết công tác năm 2026", Priority.NORMAL, Fate.PAPER_ONLY));

    /** Who uses email how, in the two months of history; everyone else among the leaders is a regular user. */
    static final Map<String, UsageSchedule.Profile> PROFILES = Map.of(
            "lanhdao.quan3", UsageSchedule.Profile.NEVER,
            "quanly.snv", UsageSchedule.Profile.IRREGULAR,
            "quanly.quan1", UsageSchedule.Profile.IRREGULAR,
            "lanhdao.stc", UsageSchedule.Profile.IRREGULAR);

    private static final String RETURN_REASON =
            "Văn bản thiếu phụ lục danh sách vị trí việc làm kèm theo; đề nghị bổ sung và gửi lại.";

    @PersistenceContext
    EntityManager em;

    @Inject
    OutgoingDocuments outgoing;

    @Inject
    DocumentFiles files;

    @Inject
    IncomingDocuments incoming;

    @Inject
    PaperDispatches paper;

    @Inject
    UsageRecorder usage;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** What each recipient's clerk still has to do: outgoing id and recipient short name to fate. */
    private final Map<String, Fate> pending = new HashMap<>();
    private int attempts;
    private boolean loaded;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("lienthong.demo") || !Boolean.getBoolean("lienthong.demo.history")) {
            return;
        }
        if (em.createQuery("SELECT COUNT(d) FROM OutgoingDocument d", Long.class).getSingleResult() > 0) {
            LOG.info("Demo history already loaded (or documents exist): nothing added");
            return;
        }
        // Loaded just after the deployment, not during it: startup takes no longer than without the history.
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    void onTimeout() {
        if (!loaded) {
            loaded = true;
            loadHistory();
        } else {
            settle();
        }
    }

    private void loadHistory() {
        long started = System.nanoTime();
        try {
            int sent = 0;
            for (Planned planned : DOCUMENTS) {
                sent += send(planned) ? 1 : 0;
            }
            long events = recordUsage();
            int documents = sent;
            LOG.info(() -> "Demo history: " + DOCUMENTS.size() + " documents (" + documents + " sent), " + events
                    + " webmail events, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // A demo without history is still a demo: say why, and let the application run.
            LOG.log(Level.WARNING, "Demo history could not be loaded", e);
        }
        if (!pending.isEmpty()) {
            timers.createSingleActionTimer(SETTLE_MILLIS, new TimerConfig(null, false));
        }
    }

    /** Drafts, numbers and sends one document as its agency's clerk; true when it went out electronically. */
    private boolean send(Planned planned) {
        String clerk = "vanthu." + planned.sender();
        DemoAgencyView sender = DemoAgencyView.of(planned.sender());
        boolean classified = planned.fate() == Fate.CLASSIFIED_PAPER;
        boolean paperOnly = planned.fate() == Fate.PAPER_ONLY;
        OutgoingDraft draft = new OutgoingDraft(planned.type(), planned.subject(), planned.notation(), null,
                sender.agency().leaderPosition(), sender.agency().leader(), "TP. Hồ Chí Minh", planned.priority(),
                SteeringType.UNSPECIFIED, null, classified ? Secrecy.MAT : Secrecy.THUONG, paperOnly,
                planned.recipients().stream().map(r -> new Recipient(DemoAgencyView.of(r).code(),
                        r.equals(planned.recipients().get(0)))).toList());
        return as(clerk, () -> {
            // A classified document carries no file through LienThong; its paper original is what travels.
            List<NewFile> newFiles = classified ? List.of()
                    : List.of(new NewFile(FileRole.MAIN, fileName(planned), pdf(sender.agency().name(), planned)));
            OutgoingDocument document = files.draftWithFiles(draft, newFiles);
            if (planned.fate() == Fate.DRAFT) {
                return false;
            }
            outgoing.issue(document.id());
            if (planned.fate() == Fate.ISSUED) {
                return false;
            }
            if (classified || paperOnly) {
                LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
                paper.record(new NewPaperDispatch(document.id(), today,
                        classified ? CarriageMethod.LIAISON : CarriageMethod.BY_HAND, planned.recipients().size(),
                        planned.recipients().stream().map(r -> DemoAgencyView.of(r).code()).toList(), List.of(),
                        classified ? "Giao liên chuyển, bì đóng dấu độ mật" : "Giao tận tay văn thư các cơ quan"));
                return false;
            }
            outgoing.send(document.id());
            for (String recipient : planned.recipients()) {
                pending.put(document.id() + "/" + recipient,
                        recipient.equals(planned.recipients().get(0)) ? planned.fate() : Fate.ACCEPTED);
            }
            return true;
        });
    }

    /**
     * Once routing has delivered, each recipient's clerk accepts, returns or assigns what arrived, as planned; what
     * has not arrived yet is looked at again a moment later.
     */
    private void settle() {
        try {
            for (String recipient : pending.keySet().stream().map(k -> k.substring(k.indexOf('/') + 1))
                    .distinct().toList()) {
                as("vanthu." + recipient, () -> {
                    for (IncomingDocument arrived : incoming.inbox(DeliveryStatus.ARRIVED, 0, 200)) {
                        Fate fate = pending.remove(arrived.delivery().outgoingId() + "/" + recipient);
                        if (fate != null) {
                            handle(arrived, fate, recipient);
                        }
                    }
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo history: the recipients' clerks could not handle their inbox", e);
            pending.clear();
        }
        if (!pending.isEmpty() && ++attempts < SETTLE_ATTEMPTS) {
            timers.createSingleActionTimer(SETTLE_MILLIS, new TimerConfig(null, false));
        } else if (!pending.isEmpty()) {
            LOG.warning(() -> "Demo history: " + pending.size() + " deliveries never arrived");
        } else {
            LOG.info("Demo history: the recipients' clerks have handled their inbox");
        }
    }

    private void handle(IncomingDocument arrived, Fate fate, String recipient) {
        long id = arrived.id();
        switch (fate) {
            case ARRIVED -> {
            }
            case RETURNED -> incoming.returnToSender(id, RETURN_REASON);
            default -> {
                accept(id);
                if (fate == Fate.IN_PROGRESS || fate == Fate.DONE) {
                    incoming.assign(id, "lanhdao." + recipient);
                    incoming.progress(id, DeliveryStatus.IN_PROGRESS);
                    if (fate == Fate.DONE) {
                        incoming.progress(id, DeliveryStatus.DONE);
                    }
                }
            }
        }
    }

    /** A valid signature is accepted as is; one that cannot be judged yet (no CRL reachable) with the clerk's note. */
    private void accept(long id) {
        try {
            incoming.accept(id);
        } catch (DocumentStateException e) {
            incoming.accept(id, true, "Đã đối chiếu với bản giấy của cơ quan gửi");
        }
    }

    /** The leaders' and managers' webmail use on the working days of the last two months, up to yesterday. */
    private long recordUsage() {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        LocalDate from = today.minusMonths(2).withDayOfMonth(1);
        List<UsageEvent> events = new ArrayList<>();
        for (SampleDataGenerator.DemoAgency agency : SampleDataGenerator.AGENCIES) {
            for (String username : List.of("lanhdao." + agency.shortName(), "quanly." + agency.shortName())) {
                Mailbox mailbox = Mailbox.of(username + "@tphcm.gov.vn");
                UsageSchedule.Profile profile = PROFILES.getOrDefault(username, UsageSchedule.Profile.REGULAR);
                for (UsageSchedule.ActiveDay day : UsageSchedule.activeDays(mailbox.address(), profile, from,
                        today.minusDays(1))) {
                    var login = day.day().atTime(day.login()).atZone(VIETNAM).toInstant();
                    events.add(UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, mailbox, login, "demo-history"));
                    if (day.sent()) {
                        events.add(UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_MESSAGE_SENT, mailbox,
                                login.plusSeconds(1_500), "demo-history"));
                    }
                }
            }
        }
        return usage.record(events).newEvents();
    }

    /** Runs as a demo account, authenticated by the deployment's security domain with the demo password. */
    private static <T> T as(String username, Supplier<T> action) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("no security domain for the demo history to act in");
        }
        SecurityIdentity identity;
        try {
            identity = domain.authenticate(username,
                    new PasswordGuessEvidence(SampleDataGenerator.DEMO_PASSWORD.toCharArray()));
        } catch (Exception e) {
            throw new IllegalStateException("demo account " + username + " could not log in: " + e.getMessage(), e);
        }
        return identity.runAs((PrivilegedAction<T>) action::get);
    }

    private static String fileName(Planned planned) {
        return planned.notation().toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".pdf";
    }

    /** A one-page PDF that looks like the document: the agency, the subject and a paragraph. */
    static byte[] pdf(String agency, Planned planned) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = PdfFonts.regular(document);
            PDFont bold = PdfFonts.bold(document);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, bold, 12, 60, 780, agency.toUpperCase());
                line(text, bold, 12, 330, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                line(text, regular, 11, 360, 764, "Độc lập - Tự do - Hạnh phúc");
                line(text, bold, 14, 60, 700, planned.type().label().toUpperCase());
                int y = 676;
                for (String part : wrap(planned.subject(), 80)) {
                    line(text, regular, 12, 60, y, part);
                    y -= 18;
                }
                y -= 12;
                for (String part : wrap("Căn cứ chức năng, nhiệm vụ được giao, " + agency + " đề nghị các cơ quan, "
                        + "đơn vị nghiên cứu, triển khai thực hiện và báo cáo kết quả về cơ quan chủ trì đúng thời "
                        + "hạn quy định. Văn bản này được gửi qua hệ thống trao đổi văn bản điện tử LiênThông.", 90)) {
                    line(text, regular, 11, 60, y, part);
                    y -= 16;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream text, PDFont font, float size, float x, float y, String s)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(s);
        text.endText();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() + word.length() + 1 > width && !current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** A demo agency by its short name. */
    private record DemoAgencyView(SampleDataGenerator.DemoAgency agency) {
        static DemoAgencyView of(String shortName) {
            return new DemoAgencyView(SampleDataGenerator.AGENCIES.stream()
                    .filter(a -> a.shortName().equals(shortName)).findFirst().orElseThrow());
        }

        AgencyCode code() {
            return AgencyCode.parse(agency.code());
        }
    }
}
