package org.compteassure.web.account;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON endpoints for other systems of the fund, under /api (HTTP Basic, staff accounts with the right role). */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
