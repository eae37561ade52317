package io.hookwire.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hookwire.host.tenants.CurrentTenant;
import org.junit.jupiter.api.Test;

/** Which plugins serve which tenants: a globally enabled plugin serves everyone, a restricted one its tenants. */
class TenantAccessTest {
    private final List<Set<String>> published = new ArrayList<>();
    private final TenantAccess access = new TenantAccess(published::add);

    private static ManagedPlugin plugin(String id, boolean enabled, String... tenants) {
        ManagedPlugin p = new ManagedPlugin(id, Instant.EPOCH);
        p.enabled = enabled;
        p.tenants.addAll(List.of(tenants));
        return p;
    }

    @Test
    void aRestrictedPluginServesOnlyItsTenants() {
        access.publish(List.of(plugin("notes", false, "acme"), plugin("audit", true)));

        assertThat(access.restricted("notes")).isTrue();
        assertThat(access.restricted("audit")).isFalse();
        assertThat(access.admits("audit")).isTrue();
        assertThat(access.admits("notes")).as("no tenant").isFalse();
        CurrentTenant.runAs("acme", () -> assertThat(access.admits("notes")).isTrue());
        CurrentTenant.runAs("globex", () -> assertThat(access.admits("notes")).isFalse());
        assertThat(CurrentTenant.get()).isNull();
    }

    @Test
    void theRestrictedSetIsPublishedOnlyWhenItChanges() {
        access.publish(List.of(plugin("notes", false, "acme")));
        access.publish(List.of(plugin("notes", false, "acme", "globex")));
        access.publish(List.of(plugin("notes", true)));

        assertThat(published).containsExactly(Set.of("notes"), Set.of());
    }
}
