package io.hookwire.greeter.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.greeter.Greeting;
import io.hookwire.greeter.GreeterHooks;
import io.hookwire.greeter.GreetingRequest;
import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.User;

/**
 * Greets every newly registered user ({@code auth:registered}): the message goes through the {@code greeter:message}
 * filters like any greeting, is kept in {@code plugin_user_greeter__greetings} and logged, and
 * {@code greeter:greeted} fires. Sending it (mail, chat) is another plugin's job: it handles {@code greeter:greeted}.
 */
@Component(service = ActionHandler.class)
@HookName("auth:registered")
@HookHandlerId("new-user")
public final class NewUserGreeter implements ActionHandler<User> {
    private final Hooks hooks;
    private final GreetingStore store;
    private final Logger log;
    private final Clock clock;

    @Activate
    public NewUserGreeter(@Reference Hooks hooks,
            @Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(hooks, new GreetingStore(dataSource), log, Clock.systemUTC());
    }

    NewUserGreeter(Hooks hooks, GreetingStore store, Logger log, Clock clock) {
        this.hooks = hooks;
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void handle(User user) throws SQLException {
        String name = nameOf(user);
        String message = hooks.applyFilters(GreeterHooks.MESSAGE, "Hello, " + name + "!", new GreetingRequest(name));
        Instant now = clock.instant();
        StoredGreeting greeting = store.add(user.id(), name, message, now);
        log.info("Greeted new user {}: {}", user.id(), greeting.message());
        hooks.dispatch(GreeterHooks.GREETED, new Greeting(name, greeting.message(), greeting.at()));
    }

    /** What to call them: their display name, else the part of their address before the '@', else their id. */
    static String nameOf(User user) {
        if (user.displayName() != null && !user.displayName().isBlank()) {
            return user.displayName().strip();
        }
        if (user.email() != null && user.email().indexOf('@') > 0) {
            return user.email().substring(0, user.email().indexOf('@'));
        }
        return user.id();
    }
}
