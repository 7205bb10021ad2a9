package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.signing.CertificateSummary;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Verdict;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Kiểm tra chữ ký: what verifying one received file (or the signed edXML envelope) found when the document arrived.
 * Kept with the incoming document, so that pages and the API read the verdict instead of verifying again.
 */
@Entity
@Table(name = "signature_check")
@NamedQuery(name = "SignatureCheck.ofIncoming",
        query = "SELECT c FROM SignatureCheck c WHERE c.incomingId = :incoming ORDER BY c.id")
public class SignatureCheck {

    /** What the envelope's check is named, where a file's check has the file's name. */
    public static final String ENVELOPE = "edXML";

    private static final int MAX_TEXT = 255;
    private static final int MAX_CHAIN = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incoming_id", nullable = false)
    private long incomingId;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "checked_name", nullable = false, length = MAX_TEXT)
    private String checkedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 16)
    private Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 32)
    private Reason reason;

    @Column(name = "signer_name", length = MAX_TEXT)
    private String signerName;

    @Column(name = "signer_organisation", length = MAX_TEXT)
    private String signerOrganisation;

    @Column(name = "signing_time")
    private Instant signingTime;

    @Column(name = "chain", length = MAX_CHAIN)
    private String chain;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected SignatureCheck() {
    }

    /**
     * @param fileId the checked file, or {@code null} for the envelope
     * @param report what the verification found; its chain is kept as one "name — organisation" line per certificate
     */
    public SignatureCheck(long incomingId, Long fileId, String checkedName, SignatureReport report, Instant checkedAt) {
        Objects.requireNonNull(report, "report");
        this.incomingId = incomingId;
        this.fileId = fileId;
        this.checkedName = cut(Objects.requireNonNull(checkedName, "checkedName"), MAX_TEXT);
        this.verdict = report.verdict();
        this.reason = report.reason();
        this.signerName = cut(report.signerName(), MAX_TEXT);
        this.signerOrganisation = cut(report.signerOrganisation(), MAX_TEXT);
        this.signingTime = report.signingTime();
        this.chain = cut(report.chain().stream().map(CertificateSummary::of)
                .map(c -> c.organisation().isEmpty() || c.organisation().equals(c.commonName()) ? c.commonName()
                        : c.commonName() + " — " + c.organisation())
                .collect(Collectors.joining("\n")), MAX_CHAIN);
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public long incomingId() {
        return incomingId;
    }

    /** The checked file; empty for the edXML envelope. */
    public Optional<Long> fileId() {
        return Optional.ofNullable(fileId);
    }

    public boolean isEnvelope() {
        return fileId == null;
    }

    public String checkedName() {
        return checkedName;
    }

    public Verdict verdict() {
        return verdict;
    }

    public Reason reason() {
        return reason;
    }

    public String signerName() {
        return signerName == null ? "" : signerName;
    }

    public String signerOrganisation() {
        return signerOrganisation == null ? "" : signerOrganisation;
    }

    /** As the signer claims it (signing-time attribute or the PDF's /M). */
    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    /** Signer first, trusted root last; empty when no path to a trusted root was found. */
    public List<String> chain() {
        return chain == null || chain.isEmpty() ? List.of() : Arrays.asList(chain.split("\n"));
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
