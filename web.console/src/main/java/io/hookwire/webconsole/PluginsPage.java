package io.hookwire.webconsole;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.BiConsumer;

import io.hookwire.host.admin.PluginAdmin;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The Plugins page: the plugins with their states and reasons, the safe mode and kill switch, refused deployments,
 * the audit trail, and forms for enable, disable (everywhere or per tenant), reset, purge, migration dry-run and the
 * safe mode.
 *
 * <p>GET renders inside the console's frame. The console hands a POST to the page unframed, so a POST is checked
 * (authenticated user, {@link CsrfTokens} token), carried out by {@link PluginActions}, and answered with a 303 to
 * the page, which shows the {@link Outcome}. The actor in the audit trail is the console user, which the console's
 * security provider put in {@link HttpServletRequest#getRemoteUser()}.
 *
 * <p>Without a PluginAdmin service this component is not satisfied, so the page does not exist.
 */
@Component(service = Servlet.class)
@WebConsolePage(label = PluginsPage.LABEL, title = "Plugins")
public final class PluginsPage extends HttpServlet {
    static final String LABEL = "hookwire-plugins";
    /** The query parameter that names the outcome to show. */
    static final String OUTCOME = "outcome";
    /** The console's request attribute with this page's absolute path. */
    static final String ATTR_PLUGIN_ROOT = "felix.webconsole.pluginRoot";
    private static final long serialVersionUID = 1L;

    private final transient PluginAdmin admin;
    private final transient BiConsumer<String, Throwable> errorLog;
    private final transient PluginActions actions;
    private final transient CsrfTokens tokens;
    private final transient Outcomes outcomes;

    @Activate
    public PluginsPage(@Reference PluginAdmin admin, @Reference(service = LoggerFactory.class) Logger log) {
        this(admin, log::error, new SecureRandom(), Clock.systemUTC());
    }

    PluginsPage(PluginAdmin admin, BiConsumer<String, Throwable> errorLog, SecureRandom random, Clock clock) {
        this.admin = admin;
        this.errorLog = errorLog;
        this.actions = new PluginActions(admin, errorLog);
        this.tokens = new CsrfTokens(random, clock);
        this.outcomes = new Outcomes(random, clock);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        Html html = new Html(response.getWriter());
        PluginsView view = new PluginsView(html, pageAddress(request), user == null ? null : tokens.issue(user));
        view.outcome(outcomes.find(request.getParameter(OUTCOME), user));
        if (user == null) {
            html.raw("<p class=\"statline ui-state-error\">No signed-in console user: the actions are hidden.</p>");
        }
        PluginsView.Snapshot state;
        try {
            state = new PluginsView.Snapshot(admin.plugins(), admin.problems(), admin.safeMode(),
                    admin.killSwitch(), admin.audit(PluginsView.AUDIT_ROWS));
        } catch (RuntimeException e) {
            errorLog.accept("The Web Console's Plugins page could not read the plugins", e);
            html.raw("<p class=\"statline ui-state-error\">The plugins cannot be read now: ").text(e.getMessage())
                    .raw("</p>");
            return;
        }
        view.render(state);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        if (user == null || user.isBlank()) {
            refuse(response, "No signed-in console user: sign in to the Web Console and try again.");
            return;
        }
        if (!tokens.valid(request.getParameter(CsrfTokens.FIELD), user)) {
            refuse(response, "This form did not come from this console for you, or it has expired: reload the"
                    + " Plugins page and try again.");
            return;
        }
        Outcome outcome = actions.perform(request::getParameter, user);
        String id = outcomes.put(user, outcome);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", pageAddress(request) + "?" + OUTCOME + "=" + id);
    }

    /** 403 with a plain-text reason: the refused request changes nothing. */
    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(reason);
    }

    private static String pageAddress(HttpServletRequest request) {
        Object root = request.getAttribute(ATTR_PLUGIN_ROOT);
        return root instanceof String s ? s : request.getRequestURI();
    }
}
