package vn.lienthong.adoption.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.adoption.FiledImport;
import vn.lienthong.adoption.LogImportReport;

import java.time.Instant;

/** One log import on file: what came in, by which channel and person, and what it did. */
@Entity
@Table(name = "mail_log_import")
@NamedQuery(name = "LogImportEntry.bySha", query = "SELECT COUNT(e) FROM LogImportEntry e WHERE e.contentSha256 = :sha")
@NamedQuery(name = "LogImportEntry.recent", query = "SELECT e FROM LogImportEntry e ORDER BY e.id DESC")
public class LogImportEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "source", nullable = false)
    private String source;
    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;
    @Column(name = "channel", nullable = false, length = 16)
    private String channel;
    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "line_count", nullable = false)
    private long lineCount;
    @Column(name = "new_events", nullable = false)
    private long newEvents;
    @Column(name = "duplicate_events", nullable = false)
    private long duplicateEvents;
    @Column(name = "skipped_lines", nullable = false)
    private long skippedLines;
    @Column(name = "failed_logins", nullable = false)
    private long failedLogins;
    @Column(name = "unknown_mailboxes", nullable = false)
    private int unknownMailboxes;
    @Column(name = "damage", length = 1000)
    private String damage;

    protected LogImportEntry() {
    }

    LogImportEntry(String source, String sha256, String channel, String importedBy, Instant at, LogImportReport r) {
        this.source = source.length() > 255 ? source.substring(0, 255) : source;
        this.contentSha256 = sha256;
        this.channel = channel;
        this.importedBy = importedBy;
        this.importedAt = at;
        this.lineCount = r.lines();
        this.newEvents = r.newEvents();
        this.duplicateEvents = r.duplicateEvents();
        this.skippedLines = r.skippedLines();
        this.failedLogins = r.failedLogins();
        this.unknownMailboxes = r.unknownMailboxes().size();
        String damages = String.join("; ", r.files().stream().filter(f -> f.damaged())
                .map(f -> f.source() + ": " + f.damage()).toList());
        this.damage = damages.isEmpty() ? null : damages.length() > 1000 ? damages.substring(0, 1000) : damages;
    }

    public long id() {
        return id;
    }

    /** The import as the auditor's list shows it. */
    public FiledImport filed() {
        return new FiledImport(source, channel, importedBy, importedAt, lineCount, newEvents, duplicateEvents, damage);
    }
}
