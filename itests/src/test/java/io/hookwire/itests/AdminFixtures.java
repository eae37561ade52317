package io.hookwire.itests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hookwire.host.admin.AdminAuthenticator;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;

/**
 * TEST FIXTURES, not the host's implementations: the smallest AdminAuthenticator and PluginAdmin that let
 * {@link WebConsoleIT} prove the Web Console's wiring in the real runtime before the host implements them. They are
 * registered by the test, from the test's bundle, and unregistered after it.
 */
final class AdminFixtures {
    private AdminFixtures() {}

    /** TEST FIXTURE: accepts exactly one user name and password. */
    record OneUserAuthenticator(String user, String password) implements AdminAuthenticator {
        @Override
        public boolean authenticate(String username, char[] given) {
            return user.equals(username) && password.equals(new String(given));
        }
    }

    /** TEST FIXTURE: one plugin held in memory; records each change as {@code "disable user-greeter [] ops"}. */
    static final class InMemoryPluginAdmin implements PluginAdmin {
        final List<String> changes = Collections.synchronizedList(new ArrayList<>());
        private final PluginView greeter = new PluginView("user-greeter", "User Greeter", "0.1.0", "optional",
                PluginState.ACTIVE, "running", Instant.now(), true, List.of(), true, -1, "fixture", null);

        @Override
        public List<PluginView> plugins() {
            return List.of(greeter);
        }

        @Override
        public Optional<PluginView> plugin(String id) {
            return greeter.id().equals(id) ? Optional.of(greeter) : Optional.empty();
        }

        @Override
        public List<DeployProblem> problems() {
            return List.of();
        }

        @Override
        public PluginView enable(String id, Set<String> tenants, String actor) {
            changes.add("enable " + id + " " + tenants + " " + actor);
            return greeter;
        }

        @Override
        public PluginView disable(String id, Set<String> tenants, String actor) {
            changes.add("disable " + id + " " + tenants + " " + actor);
            return greeter;
        }

        @Override
        public PluginView reset(String id, String actor) {
            changes.add("reset " + id + " " + actor);
            return greeter;
        }

        @Override
        public List<String> purge(String id, String confirmation, String actor) {
            changes.add("purge " + id + " " + confirmation + " " + actor);
            return List.of();
        }

        @Override
        public String dryRunMigrations(String id) {
            return "";
        }

        @Override
        public boolean safeMode() {
            return false;
        }

        @Override
        public void safeMode(boolean on, String actor) {
            changes.add("safe-mode " + on + " " + actor);
        }

        @Override
        public boolean killSwitch() {
            return false;
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            return List.of();
        }
    }
}
