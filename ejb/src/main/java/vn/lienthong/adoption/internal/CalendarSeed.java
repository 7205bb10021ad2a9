package vn.lienthong.adoption.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import vn.lienthong.adoption.WorkingCalendar;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Seeds the stored working calendar from the shipped one, once, before any figure is asked for. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class CalendarSeed {

    private static final Logger LOG = Logger.getLogger(CalendarSeed.class.getName());

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    @PostConstruct
    void seed() {
        try (Connection c = dataSource.getConnection()) {
            int days = CalendarTable.seedIfEmpty(c, WorkingCalendar.vietnam());
            if (days > 0) {
                LOG.info(() -> "Working calendar seeded: " + days + " days");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Working calendar not seeded", e);
        }
    }
}
