package vn.lienthong.adoption.internal;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory H2 database with every migration applied, as the server would have it. */
public final class TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabase() {
    }

    public static DataSource migrated() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:adoption" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        // Flyway needs the server's Jackson; the migrations are plain SQL, so H2 runs them itself, in version order.
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (Path script : migrations()) {
                s.execute("RUNSCRIPT FROM '" + script + "' CHARSET 'UTF-8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(Path.of(TestDatabase.class.getResource("/db/migration").toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
