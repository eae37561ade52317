package io.hookwire.host.pipeline;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.hookwire.api.auth.Bouncer;

/**
 * The one place where the HTTP pipeline learns who makes the current request ({@code HttpExchange.userId}).
 *
 * <p>The caller is known to the {@link Bouncer} service, which the accounts (sessions) provide: its
 * {@code caller()} is the caller of the request this thread serves, set by the session filter before
 * {@link HttpRequestHook} runs (see {@link PipelineOrder}). Until a Bouncer is there, nobody is signed in and this
 * answers {@code null}. Should the accounts keep the caller in a host-internal thread-local, this is the method to
 * point at it.
 */
@Component(service = RequestCaller.class)
public final class RequestCaller {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Bouncer bouncer;

    /** The signed-in user of the request this thread serves, or {@code null}. */
    public String userId() {
        Bouncer current = bouncer;
        if (current == null) {
            return null;
        }
        try {
            return current.caller().userId().orElse(null);
        } catch (RuntimeException e) { // a Bouncer that cannot tell: nobody we know of
            return null;
        }
    }
}
