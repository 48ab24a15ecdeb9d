package org.compteassure.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness for load balancers (WildFly's /health/ready): a node that cannot reach its database takes no traffic. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = Installation.DATASOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("compte-assure-database").withData("datasource", Installation.DATASOURCE);
        try (Connection connection = dataSource.getConnection()) {
            return response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
