package vn.lienthong.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** The bytes of a file, stored once under their SHA-256 however many documents carry them. */
@Entity
@Table(name = "payload")
@NamedQuery(name = "Payload.exists", query = "SELECT COUNT(p) FROM Payload p WHERE p.sha256 = :sha256")
public class Payload {

    @Id
    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    // Plain byte[] (no @Lob): VARBINARY/bytea on both databases, never a PostgreSQL large object.
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payload() {
    }

    Payload(String sha256, byte[] content, Instant createdAt) {
        this.sha256 = sha256;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    byte[] content() {
        return content;
    }
}
