package io.hookwire.host.bouncer;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.auth.Caller;
import io.hookwire.api.rest.ApiError;
import io.hookwire.api.rest.ApiException;
import io.hookwire.host.accounts.Accounts;
import io.hookwire.host.accounts.SignedInSession;
import io.hookwire.host.teams.Membership;
import io.hookwire.host.teams.Teams;
import io.hookwire.host.tenants.CurrentTenant;
import io.hookwire.host.tenants.TenantHeader;

/**
 * Who makes the request, and for which tenant: set before the request is matched, cleared after the response. The
 * tenant is the team that the {@value TenantHeader#HEADER} header names (a malformed one is a 400); the caller is the
 * session of the {@value #COOKIE} cookie, its user, and their current team ({@link CurrentCaller}).
 *
 * <p>Without a session, the header alone names the tenant, as before accounts existed. For a signed-in user, the
 * header must name one of their teams (else 403 {@code not_a_member}; under {@code /api/v1/auth/} the header is
 * ignored instead, so that signing out always works); without the header, their first team (the earliest joined) is
 * the current one, and the tenant. A cookie that opens no session (it expired, or waits for the second factor) is
 * anonymous.
 *
 * <p>One filter does both, because the JAX-RS whiteboard orders extensions by its own rules, not by
 * {@code @Priority}. It is there from the start; until the accounts are (they wait for the database), a request with
 * a session cookie gets a 503 with a {@code Retry-After}, rather than being served as anonymous.
 */
@Component(immediate = true, service = {ContainerRequestFilter.class, ContainerResponseFilter.class, CallerFilter.class})
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The session cookie. */
    public static final String COOKIE = "hookwire_session";
    /** The request property that says the caller of this request is decided: whether it may go on. */
    private static final String DECIDED = CallerFilter.class.getName() + ".decided";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Accounts accounts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Teams teams;

    @Reference(service = LoggerFactory.class)
    private Logger log;

    @Override
    public void filter(ContainerRequestContext request) {
        decide(request);
    }

    /**
     * Decides the caller and the tenant of this request once, whichever pre-matching filter asks first: this one, or
     * one that needs the caller (the HTTP pipeline's {@code http:request}), because inside some containers the
     * whiteboard's order of pre-matching filters is not theirs to choose.
     *
     * @return whether the request goes on; {@code false} when it was answered here (400, 403 or 503)
     */
    public boolean decide(ContainerRequestContext request) {
        Object decided = request.getProperty(DECIDED);
        if (decided instanceof Boolean goesOn) {
            return goesOn;
        }
        boolean goesOn = resolve(request);
        request.setProperty(DECIDED, goesOn);
        return goesOn;
    }

    private boolean resolve(ContainerRequestContext request) {
        CurrentCaller.clear();
        CurrentTenant.clear();
        String asked;
        try {
            asked = TenantHeader.read(request.getHeaderString(TenantHeader.HEADER));
        } catch (ApiException e) {
            request.abortWith(Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.toError())
                    .build());
            return false;
        }
        CurrentTenant.set(asked); // without a session, the header alone names the tenant
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return true;
        }
        Accounts accounts = this.accounts;
        Teams teams = this.teams;
        if (accounts == null || teams == null) {
            request.abortWith(unavailable("the accounts are starting (they come with the database)"));
            return false;
        }
        try {
            Optional<SignedInSession> found = accounts.session(cookie.getValue());
            if (found.isEmpty() || found.get().mfaPending()) {
                return true;
            }
            SignedInSession session = found.get();
            List<Membership> memberships = teams.teamsOf(session.user().id());
            Membership current = asked == null ? memberships.stream().findFirst().orElse(null)
                    : memberships.stream().filter(m -> m.team().id().equals(asked)).findFirst().orElse(null);
            if (asked != null && current == null && !authPath(request.getUriInfo().getPath())) {
                request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(
                        "not_a_member", "you are not a member of the team '" + asked + "' that the "
                                + TenantHeader.HEADER + " header names", Map.of("team", asked))).build());
                return false;
            }
            if (current == null) {
                CurrentTenant.clear(); // a header the auth paths ignore
                CurrentCaller.set(new Caller(session.user(), null, null, session.session().id()));
            } else {
                CurrentTenant.set(current.team().id());
                CurrentCaller.set(new Caller(session.user(), current.team().id(), current.role(),
                        session.session().id()));
            }
        } catch (SQLException e) {
            log.warn("Could not read the session of a request; it was answered 503", e);
            request.abortWith(unavailable("the sessions cannot be read right now"));
            return false;
        }
        return true;
    }

    static boolean authPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/v1/auth") || p.startsWith("api/v1/auth/");
    }

    private static Response unavailable(String why) {
        return Response.status(503).header(HttpHeaders.RETRY_AFTER, "1").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("unavailable", why + "; try again in a moment", Map.of())).build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentCaller.clear();
        CurrentTenant.clear();
    }
}
