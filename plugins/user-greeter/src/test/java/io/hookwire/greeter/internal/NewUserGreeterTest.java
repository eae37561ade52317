package io.hookwire.greeter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;
import io.hookwire.greeter.GreeterHooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.User;
import io.hookwire.hooks.impl.PluginHooks;

class NewUserGreeterTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00.123456Z");

    private final TestDatabase db;
    private final GreetingStore store;
    private final PluginHooks hooks = PluginHooks.standalone("user-greeter");
    private final RecordingLogger log = new RecordingLogger();
    private final List<String> greeted = new CopyOnWriteArrayList<>();

    NewUserGreeterTest() throws Exception {
        db = new TestDatabase();
        store = new GreetingStore(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        hooks.close();
        db.close();
    }

    /** The plugin as it runs: its two message filters, its counter, and the new handler on auth:registered. */
    private void wire() {
        hooks.registerFilter(GreeterHooks.MESSAGE, 5, "welcome", new WelcomeFilter());
        hooks.registerFilter(GreeterHooks.MESSAGE, 90, "signature", new SignatureFilter());
        hooks.registerAction(GreeterHooks.GREETED, g -> greeted.add(g.name() + ": " + g.message()));
        NewUserGreeter greeter = new NewUserGreeter(hooks, store, log.logger, Clock.fixed(NOW, ZoneOffset.UTC));
        hooks.registerAction(CoreHooks.AUTH_REGISTERED, 10, "new-user", greeter);
    }

    @Test
    void aRegisteredUserIsGreetedStoredLoggedAndAnnounced() throws Exception {
        wire();
        hooks.dispatch(CoreHooks.AUTH_REGISTERED, new User("u-1", "ada@example.com", "Ada", NOW));

        String message = "Hello, Ada! Welcome to Hookwire. (sent by the User Greeter plugin)";
        assertThat(store.latest(10)).singleElement().satisfies(g -> {
            assertThat(g.userId()).isEqualTo("u-1");
            assertThat(g.name()).isEqualTo("Ada");
            assertThat(g.message()).isEqualTo(message);
            assertThat(g.at()).isEqualTo(NOW);
        });
        assertThat(log.lines).containsExactly("info: Greeted new user {}: {} [u-1, " + message + "]");
        assertThat(greeted).containsExactly("Ada: " + message);
    }

    @Test
    void withoutADisplayNameTheAddressOrTheIdIsUsed() {
        assertThat(NewUserGreeter.nameOf(new User("u-1", "lin@example.com", " ", NOW))).isEqualTo("lin");
        assertThat(NewUserGreeter.nameOf(new User("u-2", null, null, NOW))).isEqualTo("u-2");
        assertThat(NewUserGreeter.nameOf(new User("u-3", "@odd", null, NOW))).isEqualTo("u-3");
    }

    @Test
    void theLatestGreetingsComeNewestFirst() throws Exception {
        for (int i = 1; i <= 5; i++) {
            store.add("u-" + i, "User " + i, "Hello " + i, NOW.plusSeconds(i));
        }
        assertThat(store.latest(3)).extracting(StoredGreeting::userId).containsExactly("u-5", "u-4", "u-3");
        // what does not fit its column is cut, not refused
        StoredGreeting long_ = store.add("u-6", "n".repeat(300), "m".repeat(3000), NOW);
        assertThat(long_.name()).hasSize(GreetingStore.NAME_WIDTH);
        assertThat(store.latest(1)).containsExactly(long_);
    }

    @Test
    void theLimitIsChecked() {
        assertThat(GreetingsResource.limit(null)).isEqualTo(20);
        assertThat(GreetingsResource.limit("100")).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "many"}) {
            assertThatThrownBy(() -> GreetingsResource.limit(bad)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.details()).containsEntry("field", "limit"));
        }
    }
}
