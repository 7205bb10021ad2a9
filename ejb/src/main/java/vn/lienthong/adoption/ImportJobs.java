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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The background imports of this server, each visible only to the person who started it. */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportJobs {

    /** A finished job's report stays this long for its page to show. */
    private static final Duration KEPT = Duration.ofHours(2);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** Opens a job for the caller; {@link MailLogImports#open} is the way in. */
    public ImportJob open(String source, long totalBytes) {
        jobs.values().removeIf(j -> j.state() != ImportJob.State.RUNNING
                && j.started().plus(KEPT).isBefore(clock.instant()));
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), caller(), source, totalBytes, clock.instant());
        jobs.put(job.id(), job);
        return job;
    }

    /** The caller's own job; anyone else's is as unknown as a job that never was. */
    public ImportJob job(String id) {
        ImportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner().equals(caller())) {
            throw new NotFoundException("adoption.import.unknownJob", id);
        }
        return job;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
