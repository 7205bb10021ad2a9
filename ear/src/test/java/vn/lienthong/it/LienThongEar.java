package vn.lienthong.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** Every integration test deploys the real EAR the build made, as a client from outside the server. */
public abstract class LienThongEar {

    /** Another HTTP port (it.http.port) lets a second build's tests run beside this one. */
    protected static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "8080") + "/lienthong";

    /** The demo mail server's ports follow the mail session's environment variables. */
    protected static final int SMTP_PORT = port("LIENTHONG_SMTP_PORT", 3025);
    protected static final int IMAP_PORT = port("LIENTHONG_IMAP_PORT", 3143);

    /** The demo city's password for every demo account (SampleDataGenerator). */
    protected static final String DEMO_PASSWORD = "LienThong@2026";

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("lienthong.ear", "target/lienthong.ear")));
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
