package io.hookwire.webconsole;

import java.io.IOException;
import java.util.List;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.Hooks;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Hooks page: every hook that has handlers, with its handlers in the order they run. Read-only.
 *
 * <p>The console renders its frame around what {@link #doGet} writes; this page writes only its content.
 */
@Component(service = Servlet.class)
@WebConsolePage(label = HooksPage.LABEL, title = "Hooks")
public final class HooksPage extends HttpServlet {
    static final String LABEL = "hookwire-hooks";
    private static final long serialVersionUID = 1L;

    private final transient Hooks hooks;

    @Activate
    public HooksPage(@Reference Hooks hooks) {
        this.hooks = hooks;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(new Html(response.getWriter()));
    }

    void render(Html html) {
        List<HookInfo> all = hooks.hooks();
        html.raw("<p class=\"statline\">").text(all.size()).raw(" hooks have handlers. Handlers run from the top:"
                + " lower priority first, then in registration order (sequence).</p>");
        html.raw("<table class=\"nicetable\" id=\"hookwire-hooks\"><thead><tr><th>Hook</th><th>Kind</th>"
                + "<th>#</th><th>Handler</th><th>Plugin</th><th>Priority</th><th>Sequence</th><th>Isolated</th>"
                + "</tr></thead><tbody>");
        for (HookInfo hook : all) {
            List<HandlerInfo> handlers = hook.handlers();
            for (int i = 0; i < handlers.size(); i++) {
                HandlerInfo handler = handlers.get(i);
                html.raw("<tr>");
                if (i == 0) {
                    html.raw("<td rowspan=\"").attr(handlers.size()).raw("\">").text(hook.name()).raw("</td>")
                            .raw("<td rowspan=\"").attr(handlers.size()).raw("\">").text(hook.kind().label())
                            .raw("</td>");
                }
                html.cell(i + 1).cell(handler.id()).cell(handler.plugin()).cell(handler.priority())
                        .cell(handler.sequence())
                        // an isolated handler overran its budget once and now runs off the dispatching thread
                        .cell(handler.isolated() ? "yes (overran its budget)" : "no");
                html.raw("</tr>");
            }
        }
        html.raw("</tbody></table>");
    }
}
