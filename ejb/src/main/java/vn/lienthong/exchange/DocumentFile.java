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
import vn.lienthong.content.Extraction;
import vn.lienthong.content.FileKind;
import vn.lienthong.content.Outcome;
import vn.lienthong.content.Refusal;
import vn.lienthong.content.SecrecyStamp;
import vn.lienthong.content.TrueType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a document: its name, role, size, SHA-256 and true type. The bytes are in the payload store under the
 * hash, so that the sender's document and every recipient's copy read the same bytes. The extracted text is kept
 * folded (for search) and any secrecy stamp found in it is kept with its position (for holding).
 */
@Entity
@Table(name = "document_file")
@NamedQuery(name = "DocumentFile.ofDocument",
        query = "SELECT f FROM DocumentFile f WHERE f.documentId = :document ORDER BY f.id")
@NamedQuery(name = "DocumentFile.countBySha256", query = "SELECT COUNT(f) FROM DocumentFile f WHERE f.sha256 = :sha256")
public class DocumentFile {

    /** File names are kept to what every file system and the edXML package accept. */
    public static final int MAX_NAME = 255;

    /** Detached CMS signatures (.p7s). */
    public static final String SIGNATURE_MEDIA_TYPE = "application/pkcs7-signature";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_role", nullable = false)
    private FileRole role;

    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", length = 127)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind")
    private FileKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal")
    private Refusal refusal;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction", nullable = false)
    private Outcome extraction;

    @Column(name = "text_folded", length = 1_000_000)
    private String textFolded;

    @Enumerated(EnumType.STRING)
    @Column(name = "stamp_grade")
    private Secrecy stampGrade;

    @Column(name = "stamp_text", length = 200)
    private String stampText;

    @Column(name = "stamp_line")
    private Integer stampLine;

    @Column(name = "stamp_offset")
    private Integer stampOffset;

    @Column(name = "stamp_released", nullable = false)
    private boolean stampReleased;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DocumentFile() {
    }

    /**
     * A file whose bytes passed content inspection and are in the payload store under {@code sha256}, with the stamp
     * its text carries, if any.
     */
    public DocumentFile(long documentId, FileRole role, String fileName, String sha256, long size, TrueType type,
                        Extraction extraction, Optional<SecrecyStamp> stamp, String addedBy, Instant addedAt) {
        this(documentId, role, fileName, sha256, size, addedBy, addedAt);
        this.mediaType = type.mediaType();
        this.kind = type.kind();
        this.extraction = extraction.outcome();
        this.textFolded = extraction.hasText() ? VietnameseText.fold(extraction.text()) : null;
        stamp.ifPresent(this::stamped);
    }

    /** A received file that content inspection refused: its name, size and hash are kept, its bytes are not. */
    public static DocumentFile refused(long documentId, FileRole role, String fileName, String sha256, long size,
                                       Refusal refusal, String detectedType, String addedBy, Instant addedAt) {
        DocumentFile file = new DocumentFile(documentId, role, fileName, sha256, size, addedBy, addedAt);
        file.refusal = Objects.requireNonNull(refusal, "refusal");
        file.mediaType = detectedType;
        file.extraction = Outcome.REFUSED;
        return file;
    }

    /** A detached CMS signature over another file of the document; it is not a document to read, so it has no text. */
    public static DocumentFile signature(long documentId, String fileName, String sha256, long size, String addedBy,
                                         Instant addedAt) {
        DocumentFile file = new DocumentFile(documentId, FileRole.SIGNATURE, fileName, sha256, size, addedBy, addedAt);
        file.mediaType = SIGNATURE_MEDIA_TYPE;
        file.extraction = Outcome.OK;
        return file;
    }

    private DocumentFile(long documentId, FileRole role, String fileName, String sha256, long size, String addedBy,
                         Instant addedAt) {
        this.documentId = documentId;
        this.role = Objects.requireNonNull(role, "role");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.size = size;
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    private void stamped(SecrecyStamp stamp) {
        this.stampGrade = stamp.level();
        this.stampText = stamp.matched().length() > 200 ? stamp.matched().substring(0, 200) : stamp.matched();
        this.stampLine = stamp.line();
        this.stampOffset = stamp.offset();
        this.stampReleased = false;
    }

    /** A person with the right to decide found the stamp not to make the document classified. */
    void releaseStamp() {
        this.stampReleased = true;
    }

    /** New bytes for this file (a signed PDF replacing the unsigned one), typed and read again. */
    void replaceContent(String newSha256, long newSize, TrueType type, Extraction newExtraction) {
        if (role == FileRole.SIGNATURE) {
            throw new IllegalStateException("a signature file is added, never replaced");
        }
        this.sha256 = newSha256;
        this.size = newSize;
        this.mediaType = type.mediaType();
        this.kind = type.kind();
        this.extraction = newExtraction.outcome();
        this.textFolded = newExtraction.hasText() ? VietnameseText.fold(newExtraction.text()) : textFolded;
    }

    /**
     * The agency's PAdES signature now inside this PDF: new bytes, the same type and text (a signature adds no words),
     * so the file is not read again.
     */
    public void signedInPlace(String newSha256, long newSize) {
        if (role == FileRole.SIGNATURE || kind != FileKind.PDF) {
            throw new IllegalStateException("only a PDF carries its signature inside: " + fileName);
        }
        this.sha256 = Objects.requireNonNull(newSha256, "newSha256");
        this.size = newSize;
    }

    /** The stamp that holds the document, if there is one nobody has released. */
    public Optional<HoldReason> hold() {
        if (stampGrade == null || stampReleased) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(id, fileName, stampGrade, stampText, stampLine, stampOffset));
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public FileRole role() {
        return role;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    public Optional<FileKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** Why content inspection refused a received file; such a file has no bytes to open. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Outcome extraction() {
        return extraction;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
