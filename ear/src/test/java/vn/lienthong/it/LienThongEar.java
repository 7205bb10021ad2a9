package vn.lienthong.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** Every integration test deploys the real EAR the build made, as a client from outside the server. */
public abstract class LienThongEar {

    protected static final String BASE = "http://localhost:8080/lienthong";

    /** The demo city's password for every demo account (SampleDataGenerator). */
    protected static final String DEMO_PASSWORD = "LienThong@2026";

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("lienthong.ear", "target/lienthong.ear")));
    }
}
