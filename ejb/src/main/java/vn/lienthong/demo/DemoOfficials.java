package vn.lienthong.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.Official;
import vn.lienthong.adoption.OfficialRecord;
import vn.lienthong.adoption.OfficialsCsv;
import vn.lienthong.directory.UserAccount;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The demo city's officials directory: its twelve leaders and managers, with their accounts' mailboxes, and the
 * thirty people of the mail team's export that came with the real server logs ({@code officials.csv}, a copy of
 * the shared fixture's {@code users.csv}), so that importing those logs in the demo gives figures at once.
 */
@Startup
@Singleton
@DependsOn("SampleDataGenerator")
public class DemoOfficials {

    /** The demo directory's postings start here, well before any demo log. */
    static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    private static final Logger LOG = Logger.getLogger(DemoOfficials.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("lienthong.demo")
                || em.createQuery("SELECT COUNT(o) FROM Official o", Long.class).getSingleResult() > 0) {
            return;
        }
        int count = 0;
        for (UserAccount account : em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList()) {
            if (account.leadership().countsForEmailTarget() && account.mailbox().isPresent()) {
                em.persist(new Official(new OfficialRecord(Mailbox.of(account.mailbox().get()), account.fullName(),
                        account.agency(), account.position().orElse(null), account.leadership(), SINCE, null)));
                count++;
            }
        }
        try (InputStream in = DemoOfficials.class.getResourceAsStream("/vn/lienthong/demo/officials.csv")) {
            for (OfficialsCsv.Row row : OfficialsCsv.parse(new InputStreamReader(in, StandardCharsets.UTF_8), SINCE).rows()) {
                em.persist(new Official(row.official()));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int loaded = count;
        LOG.info(() -> "Demo officials directory loaded: " + loaded + " postings");
    }
}
