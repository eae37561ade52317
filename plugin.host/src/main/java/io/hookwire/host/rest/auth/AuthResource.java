package io.hookwire.host.rest.auth;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Caller;
import io.hookwire.api.auth.SignedIn;
import io.hookwire.hooks.core.User;
import io.hookwire.host.accounts.Account;
import io.hookwire.host.accounts.Accounts;
import io.hookwire.host.accounts.LoginOutcome;
import io.hookwire.host.accounts.PasswordResets;
import io.hookwire.host.bouncer.CallerFilter;
import io.hookwire.host.bouncer.CurrentCaller;
import io.hookwire.host.teams.Teams;

/**
 * {@code /api/v1/auth}: register, sign in and out, who am I, and the password reset. JSON in and out; bad input is
 * a 400 naming the field. The session travels in the {@code hookwire_session} cookie ({@link SessionCookie}).
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public final class AuthResource {
    public record RegisterBody(String email, String password, String displayName) {}

    public record LoginBody(String email, String password) {}

    public record EmailBody(String email) {}

    public record ResetBody(String token, String password) {}

    public record UserAnswer(User user) {}

    public record SessionView(String id, Instant expiresAt) {}

    public record SignedInAnswer(User user, SessionView session) {}

    /** The password was right; {@code POST /auth/mfa/verify} with the code completes the sign-in. */
    public record MfaRequiredAnswer(boolean mfaRequired, Instant expiresAt) {}

    public record TeamRef(String id, String name, String role) {}

    /** @param currentTeam the team of this request (the header's, else the first), or null */
    public record Me(User user, List<TeamRef> teams, boolean mfaEnabled, String currentTeam) {}

    private final Accounts accounts;
    private final Teams teams;
    private final PasswordResets resets;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @Activate
    public AuthResource(@Reference Accounts accounts, @Reference Teams teams, @Reference PasswordResets resets) {
        this.accounts = accounts;
        this.teams = teams;
        this.resets = resets;
    }

    @POST
    @Path("register")
    public Response register(String json) throws IOException, SQLException {
        RegisterBody body = Bodies.read(json, RegisterBody.class,
                "{\"email\":\"ada@example.com\",\"password\":\"...\",\"displayName\":\"Ada\"}");
        User user = accounts.register(body.email(), body.password(), body.displayName());
        return Response.status(201).entity(new UserAnswer(user)).build();
    }

    @POST
    @Path("login")
    public Response login(@Context HttpServletRequest servlet, String json) throws IOException, SQLException {
        LoginBody body = Bodies.read(json, LoginBody.class, "{\"email\":\"ada@example.com\",\"password\":\"...\"}");
        LoginOutcome outcome = accounts.login(body.email(), body.password(), clientAddress(servlet));
        return signedIn(outcome, secure(security));
    }

    /** The answer to a sign-in: the session's cookie, and the user (or that a code is needed). */
    static Response signedIn(LoginOutcome outcome, boolean secure) {
        Response.ResponseBuilder answer = Response.ok().header(HttpHeaders.SET_COOKIE, SessionCookie.set(
                outcome.token(), outcome.session().expiresAt(), Instant.now(), secure));
        if (outcome instanceof LoginOutcome.SignedIn in) {
            return answer.entity(new SignedInAnswer(in.user(), new SessionView(in.session().id(),
                    in.session().expiresAt()))).build();
        }
        return answer.entity(new MfaRequiredAnswer(true, outcome.session().expiresAt())).build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(CallerFilter.COOKIE) String token) throws SQLException {
        accounts.logout(token);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure(security))).build();
    }

    @GET
    @Path("me")
    @SignedIn
    public Me me() throws SQLException {
        Caller caller = CurrentCaller.get();
        User user = caller.requireUser();
        boolean mfa = accounts.account(user.id()).map(Account::mfaEnabled).orElse(false);
        List<TeamRef> mine = teams.teamsOf(user.id()).stream()
                .map(m -> new TeamRef(m.team().id(), m.team().name(), m.role().name())).toList();
        return new Me(user, mine, mfa, caller.teamId());
    }

    @POST
    @Path("password/forgot")
    public Response forgot(String json) throws IOException, SQLException {
        EmailBody body = Bodies.read(json, EmailBody.class, "{\"email\":\"ada@example.com\"}");
        resets.requestReset(body.email(), base(uri).toString());
        return Response.accepted().build();
    }

    @POST
    @Path("password/reset")
    public Response reset(String json) throws IOException, SQLException {
        ResetBody body = Bodies.read(json, ResetBody.class, "{\"token\":\"...\",\"password\":\"...\"}");
        resets.reset(body.token(), body.password());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure(security))).build();
    }

    static boolean secure(SecurityContext security) {
        return security != null && security.isSecure();
    }

    /**
     * The client's address (the peer of the connection), for the rate limits. The servlet request is a method
     * parameter, never a field: a field gets a thread-local proxy that CXF builds by loading a class through the
     * context class loader of whichever thread rebuilds the application, which can break every resource.
     */
    static String clientAddress(HttpServletRequest servlet) {
        try {
            return servlet == null ? null : servlet.getRemoteAddr();
        } catch (RuntimeException e) {
            return null; // no request bound to this thread: no per-address limit
        }
    }

    static URI base(UriInfo uri) {
        return uri.getBaseUri().resolve("/");
    }
}
