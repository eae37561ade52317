package io.hookwire.testplugin.pipeline.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.IncomingRequest;

/**
 * {@code http:request}: refuses a request that carries {@value #HEADER} with a 403 ({@code refused_by_test}, message
 * {@code refused: <header value>}); lets any other through, and keeps its exchange for {@code GET requests/{id}}.
 */
@Component
@HookName("http:request")
@HookHandlerId("refuse")
public final class RefusingRequestHandler implements ActionHandler<IncomingRequest> {
    static final String HEADER = "X-Test-Refuse";

    private final Seen seen;

    @Activate
    public RefusingRequestHandler(@Reference Seen seen) {
        this.seen = seen;
    }

    @Override
    public void handle(IncomingRequest request) {
        String refuse = request.exchange().header(HEADER);
        if (refuse != null) {
            request.verdict().reject(403, "refused_by_test", "refused: " + refuse);
            return;
        }
        seen.request(request.exchange());
    }
}
