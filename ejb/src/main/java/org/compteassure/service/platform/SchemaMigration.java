package org.compteassure.service.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.platform.MigrationLocations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.compteassure.service.security.Roles;

/**
 * Brings the schema up to date with Flyway when the application is deployed, before any other start-up bean uses
 * the database, and only once the settings are known to be complete. Safe on every node of a cluster: Flyway serialises migrations with a database lock.
 */
@Singleton
@Startup
@DependsOn("SettingsCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.SYSTEM)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Installation.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(InsuredPerson.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.of(dataSource))
                .failOnMissingLocations(true)
                // The batch job repository (JBeret, same database) creates its tables when the server boots, before
                // the first migration: a schema holding only those is new, and gets every migration from V1 on.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
