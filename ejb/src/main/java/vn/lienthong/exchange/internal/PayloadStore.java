package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The payload store: file contents in the database, addressed by their SHA-256 (decision 040). Writing the same bytes
 * twice stores them once; a payload goes when the last file naming it goes. Callers check who may read what.
 */
@Stateless
@PermitAll
public class PayloadStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Stores {@code content} unless the same bytes are already there; returns their hash. */
    public String put(byte[] content) {
        String hash = sha256(content);
        // Asks whether the row is there rather than loading it: finding it would read the stored bytes back.
        if (em.createNamedQuery("Payload.exists", Long.class).setParameter("sha256", hash).getSingleResult() == 0) {
            em.persist(new Payload(hash, content.clone(), clock.instant()));
            em.flush();
        }
        return hash;
    }

    public Optional<byte[]> get(String sha256) {
        return Optional.ofNullable(em.find(Payload.class, sha256)).map(p -> p.content().clone());
    }

    /** Deletes the payload if no file names it any more (call after deleting or changing file rows). */
    public void releaseIfUnused(String sha256) {
        em.flush();
        long users = em.createNamedQuery("DocumentFile.countBySha256", Long.class).setParameter("sha256", sha256)
                .getSingleResult();
        if (users == 0) {
            Payload payload = em.find(Payload.class, sha256);
            if (payload != null) {
                em.remove(payload);
            }
        }
    }
}
