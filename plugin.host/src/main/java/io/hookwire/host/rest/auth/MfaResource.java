package io.hookwire.host.rest.auth;

import java.io.IOException;
import java.sql.SQLException;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.SignedIn;
import io.hookwire.host.accounts.Accounts;
import io.hookwire.host.accounts.MfaEnrolment;
import io.hookwire.host.bouncer.CallerFilter;
import io.hookwire.host.bouncer.CurrentCaller;

/**
 * {@code /api/v1/auth/mfa}: turn on the second factor (enrol, then confirm with a code), and complete a sign-in
 * that waits for a code.
 */
@Component(service = MfaResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/auth/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public final class MfaResource {
    public record CodeBody(String code) {}

    public record Enabled(boolean mfaEnabled) {}

    private final Accounts accounts;
    private final MfaEnrolment enrolment;

    @Context
    private SecurityContext security;

    @Activate
    public MfaResource(@Reference Accounts accounts, @Reference MfaEnrolment enrolment) {
        this.accounts = accounts;
        this.enrolment = enrolment;
    }

    /** A new secret for the signed-in user's authenticator app: {@code {secret, otpauthUri}}. */
    @POST
    @Path("enroll")
    @SignedIn
    public MfaEnrolment.Enrolment enroll() throws SQLException {
        return enrolment.enroll(CurrentCaller.get().requireUser());
    }

    /** A code from the app confirms the secret and turns MFA on. */
    @POST
    @Path("confirm")
    @SignedIn
    public Enabled confirm(String json) throws IOException, SQLException {
        CodeBody body = Bodies.read(json, CodeBody.class, "{\"code\":\"123456\"}");
        enrolment.confirm(CurrentCaller.get().requireUser(), body.code());
        return new Enabled(true);
    }

    /** Completes a sign-in that waits for the code (its cookie came from {@code POST /auth/login}). */
    @POST
    @Path("verify")
    public Response verify(@Context HttpServletRequest servlet, @CookieParam(CallerFilter.COOKIE) String token,
            String json) throws IOException, SQLException {
        CodeBody body = Bodies.read(json, CodeBody.class, "{\"code\":\"123456\"}");
        return AuthResource.signedIn(accounts.verifyMfa(token, body.code(), AuthResource.clientAddress(servlet)),
                AuthResource.secure(security));
    }
}
