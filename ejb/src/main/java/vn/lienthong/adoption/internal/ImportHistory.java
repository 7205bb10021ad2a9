package vn.lienthong.adoption.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.adoption.FiledImport;
import vn.lienthong.adoption.LogImportReport;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;

import java.time.Clock;
import java.util.List;

/** Files each import, and audits it, in a transaction of its own. */
@Stateless
@PermitAll
public class ImportHistory {
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Resource
    SessionContext session;

    public long file(String source, String sha256, String channel, LogImportReport report) {
        LogImportEntry entry = new LogImportEntry(source, sha256, channel, actor(),
                clock.instant(), report);
        em.persist(entry);
        em.flush();
        audit.record(AuditAction.MAIL_LOG_IMPORTED, null, "maillog:" + entry.id(), AuditOutcome.SUCCESS,
                channel + " " + source + ": " + report.lines() + " lines, " + report.newEvents() + " new, "
                        + report.duplicateEvents() + " duplicate, " + report.unknownMailboxes().size() + " unknown"
                        + (report.damaged() ? ", damaged" : ""));
        return entry.id();
    }

    public boolean imported(String sha256) {
        return em.createNamedQuery("LogImportEntry.bySha", Long.class).setParameter("sha", sha256)
                .getSingleResult() > 0;
    }

    public List<FiledImport> recent(int max) {
        return em.createNamedQuery("LogImportEntry.recent", LogImportEntry.class).setMaxResults(max).getResultStream()
                .map(LogImportEntry::filed).toList();
    }

    /** The watched folder's timer runs with no one signed in. */
    private String actor() {
        String name = session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || name.equals("anonymous") ? "system" : name;
    }
}
