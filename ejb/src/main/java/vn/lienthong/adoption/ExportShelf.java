package vn.lienthong.adoption;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exports made, kept a while so that the file and its signature are fetched as two downloads of the same bytes.
 * Each is visible only to the person who made it.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportShelf {

    private static final Duration KEPT = Duration.ofMinutes(30);
    private static final int MOST_PER_SERVER = 200;

    private record Shelved(String owner, Instant made, AdoptionExport export) {
    }

    private final Map<String, Shelved> shelf = new ConcurrentHashMap<>();

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    public String put(AdoptionExport export) {
        Instant now = clock.instant();
        shelf.values().removeIf(s -> s.made().plus(KEPT).isBefore(now));
        if (shelf.size() >= MOST_PER_SERVER) {
            shelf.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.made().compareTo(b.made())))
                    .ifPresent(oldest -> shelf.remove(oldest.getKey()));
        }
        String id = UUID.randomUUID().toString();
        shelf.put(id, new Shelved(session.getCallerPrincipal().getName(), now, export));
        return id;
    }

    public AdoptionExport get(String id) {
        Shelved shelved = id == null ? null : shelf.get(id);
        if (shelved == null || !shelved.owner().equals(session.getCallerPrincipal().getName())) {
            throw new NotFoundException("adoption.export.unknown", id);
        }
        return shelved.export();
    }
}
