package org.compteassure.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.compteassure.persistence.platform.DatabaseHealthCheck;

/**
 * What kind of installation this is. "Embedded" is the out-of-the-box default (H2 file database, local mail sink):
 * only there are demo data loaded and the dev mailbox shown. Derived from the database actually in use, so that a
 * production server on PostgreSQL can never get demo logins by a forgotten setting.
 */
@Named
@ApplicationScoped
public class Installation {

    public static final String DATASOURCE = DatabaseHealthCheck.DATASOURCE;

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private boolean embedded;

    @PostConstruct
    void inspect() {
        try (Connection connection = dataSource.getConnection()) {
            embedded = connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database " + DATASOURCE, e);
        }
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /** The address people reach the service at, for links in e-mails and letters (CA_BASE_URL). */
    public String baseUrl() {
        return System.getProperty("compteassure.base-url", "http://localhost:8080");
    }

    /** The REST API of the embedded mail sink (GreenMail), read by the dev mailbox page. */
    public String devMailboxUrl() {
        return System.getProperty("compteassure.dev-mailbox-url", "http://127.0.0.1:2580");
    }
}
