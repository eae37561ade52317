package io.hookwire.host.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.rest.ApiError;
import io.hookwire.host.admin.AdminAuthenticator;

/**
 * Asks for the administrator's credentials (HTTP Basic) on {@code /api/v1/admin/**} and {@code /api/v1/hooks}:
 * without them, a 401 with a challenge. The administrator becomes the request's {@link SecurityContext} user, which
 * resources read (with {@code @Context SecurityContext}) as the actor of the audit trail. Runs before matching, so
 * that an unknown admin path gives nothing away.
 *
 * <p>The filter is there from the start, before the administrator's credentials (which wait for the database):
 * until they are, it answers those paths with a 503 and a {@code Retry-After}. The administrator's resources select
 * it ({@link AdminOnly}), so that none of them is ever served without it.
 *
 * <p>Immediate, as every JAX-RS extension of the host: the whiteboard gets and ungets its extensions each time it
 * rebuilds an application (whenever a plugin's resource comes or goes). A delayed component would be deactivated at
 * such an unget, its dynamic references unbound, while the old application may still serve a request with it: an
 * administrator's request answered 503 while a plugin was being quarantined.
 */
@Component(immediate = true, service = ContainerRequestFilter.class,
        property = AdminAuthFilter.PROPERTY + "=" + AdminAuthFilter.VALUE)
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AdminAuthFilter implements ContainerRequestFilter {
    /** The service property that the administrator's resources select this filter by (see {@link AdminOnly}). */
    public static final String PROPERTY = "hookwire.auth";
    public static final String VALUE = "admin";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AdminAuthenticator authenticator;

    /** The signed-in administrator, as JAX-RS shows a user. */
    record Administrator(String name, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return "admin".equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }

    static boolean protectedPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/v1/admin") || p.startsWith("api/v1/admin/") || p.equals("api/v1/hooks")
                || p.startsWith("api/v1/hooks/");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!protectedPath(request.getUriInfo().getPath())) {
            return;
        }
        AdminAuthenticator authenticator = this.authenticator;
        if (authenticator == null) {
            request.abortWith(Response.status(503).header(HttpHeaders.RETRY_AFTER, "1")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unavailable", "the administration API is starting: the administrator's"
                            + " credentials are not loaded yet (they come with the database)", Map.of()))
                    .build());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                char[] password = decoded.substring(colon + 1).toCharArray();
                if (authenticator.authenticate(user, password)) {
                    request.setSecurityContext(new Administrator(user, request.getSecurityContext().isSecure()));
                    return;
                }
            }
        }
        request.abortWith(Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Hookwire administration\", charset=\"UTF-8\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("unauthorized", "this needs the administrator's credentials (HTTP Basic); the"
                        + " first start writes a generated password to data/initial-admin-password", Map.of()))
                .build());
    }
}
