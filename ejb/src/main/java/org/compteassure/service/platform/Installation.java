package org.compteassure.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
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

    /** The embedded installation's factor key: public, so never protecting real data. */
    private static final String DEVELOPMENT_FACTOR_KEY = "Y29tcHRlLWFzc3VyZS1kZXZlbG9wbWVudC1rZXkhISE=";

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

    /**
     * The AES key (256 bits, base64) that encrypts second-factor seeds at rest (CA_FACTOR_KEY). Only the embedded
     * installation has a default, published with the code, so a real server refuses to enrol or check a factor
     * until it is set.
     */
    public byte[] factorKey() {
        // "unset": configure.cli's default when CA_FACTOR_KEY is absent.
        String configured = System.getProperty("compteassure.factor-key", "unset");
        if (configured.isBlank() || configured.equals("unset")) {
            if (!embedded) {
                throw new IllegalStateException("CA_FACTOR_KEY is not set: second factors cannot be encrypted");
            }
            configured = DEVELOPMENT_FACTOR_KEY;
        }
        byte[] key = Base64.getDecoder().decode(configured.strip());
        if (key.length != 32) {
            throw new IllegalStateException("CA_FACTOR_KEY must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        return key;
    }

    /** The REST API of the embedded mail sink (GreenMail), read by the dev mailbox page. */
    public String devMailboxUrl() {
        return System.getProperty("compteassure.dev-mailbox-url", "http://127.0.0.1:2580");
    }
}
