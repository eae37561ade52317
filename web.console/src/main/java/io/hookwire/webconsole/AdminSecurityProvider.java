package io.hookwire.webconsole;

import java.util.Arrays;
import java.util.Optional;

import io.hookwire.host.admin.AdminAuthenticator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * Opens the Felix Web Console with the administrator's credentials, checked by the host's
 * {@link AdminAuthenticator}: HTTP Basic, and a 401 with a challenge for a request without valid credentials.
 *
 * <p>The console must never fall back to its built-in admin/admin. It registers that fallback itself (with the
 * lowest ranking), so the runtime sets the framework property {@code felix.webconsole.security.providers} to
 * {@value #ID} (cnf/runtime.bnd). With it, the console is not served at all until this provider is registered, and
 * its built-in provider refuses every user. This component needs an AdminAuthenticator, so without one the console
 * stays closed.
 *
 * <p>The authenticated user name becomes the request's remote user (the HTTP whiteboard's
 * {@link ServletContextHelper#REMOTE_USER}), which the pages write to the audit trail as the actor.
 */
@Component(property = SecurityProvider.PROPERTY_ID + "=" + AdminSecurityProvider.ID)
public final class AdminSecurityProvider implements SecurityProvider {
    /** The id that {@code felix.webconsole.security.providers} names. */
    public static final String ID = "hookwire";
    /** The realm of the Basic challenge; the same credentials open the admin REST API. */
    static final String REALM = "Hookwire administration";

    private final AdminAuthenticator authenticator;

    @Activate
    public AdminSecurityProvider(@Reference AdminAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        if (credentials.isPresent()) {
            BasicCredentials given = credentials.get();
            try {
                if (authenticator.authenticate(given.username(), given.password())) {
                    request.setAttribute(ServletContextHelper.AUTHENTICATION_TYPE, HttpServletRequest.BASIC_AUTH);
                    request.setAttribute(ServletContextHelper.REMOTE_USER, given.username());
                    return given.username();
                }
            } finally {
                Arrays.fill(given.password(), '\0');
            }
        }
        challenge(response);
        return null;
    }

    /** There is one administrator, who may do everything the console offers. */
    @Override
    public boolean authorize(Object user, String role) {
        return user != null;
    }

    /** Basic credentials live in the browser: there is nothing to forget here. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // the console then answers with a 401 challenge, which makes browsers forget the credentials
    }

    private static void challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentLength(0);
        try {
            response.flushBuffer();
        } catch (java.io.IOException e) {
            // the client went away; it gets no answer either way
        }
    }
}
