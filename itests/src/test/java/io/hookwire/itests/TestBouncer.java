package io.hookwire.itests;

import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import io.hookwire.api.auth.Ability;
import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.hooks.core.User;

/**
 * TEST ONLY: a {@link Bouncer} whose caller is whoever the test says ({@link #signIn}, {@link #signOut}), for every
 * request, registered from the test into the framework with the highest ranking. It stands in for the accounts'
 * session-based Bouncer, so that the pipeline and billing tests do not depend on sign-in. It grants no ability.
 */
final class TestBouncer implements Bouncer, AutoCloseable {
    private final AtomicReference<Caller> caller = new AtomicReference<>(Caller.anonymous());
    private final ServiceRegistration<Bouncer> registration;

    private TestBouncer(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        properties.put("hookwire.test", "true");
        registration = context.registerService(Bouncer.class, this, properties);
    }

    /** Registers one; close it to unregister. */
    static TestBouncer register(BundleContext context) {
        return new TestBouncer(context);
    }

    /** From now on, every request is made by this user. */
    User signIn(String userId) {
        User user = new User(userId, userId + "@example.com", "Test " + userId, Instant.parse("2026-11-01T00:00:00Z"));
        caller.set(new Caller(user, null, null, "test-session-" + userId));
        return user;
    }

    /** From now on, nobody is signed in. */
    void signOut() {
        caller.set(Caller.anonymous());
    }

    @Override
    public Caller caller() {
        return caller.get();
    }

    @Override
    public boolean allows(String ability) {
        return false;
    }

    @Override
    public void authorize(String ability) {
        if (!caller.get().signedIn()) {
            throw Bouncer.unauthenticated();
        }
        throw Bouncer.forbidden(ability);
    }

    @Override
    public List<Ability> abilities() {
        return List.of();
    }

    @Override
    public Optional<Ability> ability(String name) {
        return Optional.empty();
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
