package org.compteassure.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that the build produced, deployed as it is: tests check what ships. In-container tests add their own
 * classes (and the test helpers) to its web module.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The built EAR, untouched: for tests that run as a client. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("compteassure.ear", "target/compte-assure.ear"));
        return ShrinkWrap.create(ZipImporter.class, "compte-assure.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The built EAR for client-side flow tests: plus the test-support servlet (arranging people, staff, the clock)
     * and the movable clock.
     */
    public static EnterpriseArchive earWithTestSupport() {
        return earWith(TestSupport.class);
    }

    /** The built EAR with the given test classes (and the in-container helpers) in its web module, and the movable clock. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, "web.war");
        web.addClasses(testClasses).addClasses(Transactions.class, TestPayments.class, Callers.class);
        ear.getAsType(JavaArchive.class, "ejb.jar").addClass(TestClock.class);
        return ear;
    }
}
