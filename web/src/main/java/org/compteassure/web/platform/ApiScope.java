package org.compteassure.web.platform;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an endpoint of the applications' API needs ({@link org.compteassure.service.code.ApiScopes});
 * {@link ScopeFilter} refuses a token without it (403, {@code insufficient_scope}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiScope {

    String value() default "";
}
