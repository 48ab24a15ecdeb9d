package org.compteassure.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.compteassure.service.code.ApiCaller;

/**
 * Every endpoint of the applications' API names the scope it needs ({@link ApiScope}); a token that was not given
 * it is refused with 403 and {@code WWW-Authenticate: Bearer error="insufficient_scope"} (RFC 6750 § 3.1). The
 * owner of what is read is the services' check (another person's id: 404).
 */
@Provider
@ApiScope
public class ScopeFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        ApiScope needed = resource.getResourceMethod().getAnnotation(ApiScope.class);
        if (needed == null || needed.value().isEmpty()) {
            needed = resource.getResourceClass().getAnnotation(ApiScope.class);
        }
        Object caller = request.getAttribute(ApiCaller.class.getName());
        if (!(caller instanceof ApiCaller api) || needed == null || !api.scopes().contains(needed.value())) {
            context.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                    Problems.response(403, "portee", context.getHeaderString("Accept-Language")))
                    .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\""
                            + (needed == null ? "" : needed.value()) + "\"").build());
        }
    }
}
