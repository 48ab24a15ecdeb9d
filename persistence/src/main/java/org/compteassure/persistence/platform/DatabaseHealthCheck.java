package org.compteassure.persistence.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for load balancers (WildFly's /health/ready): a node that cannot reach its database takes no traffic.
 * It lives in the EAR's lib/ because WildFly's MicroProfile Health only finds checks there in an EAR, not in its
 * EJB or web modules.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    public static final String DATASOURCE = "java:jboss/datasources/CompteAssureDS";

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("compte-assure-database").withData("datasource", DATASOURCE);
        try (Connection connection = dataSource.getConnection()) {
            return response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
